// name: Programs and their actors
// description: Each program, mechanism or exercise, with the actors whose commitments are about it.
MATCH (g:Program)
OPTIONAL MATCH path = (a:Entity)-[:MADE]->(c:Commitment)-[:ABOUT|TARGETS]->(g)
RETURN g.name AS program, collect(DISTINCT a.name) AS actors, count(DISTINCT c) AS commitments, collect(path) AS paths
ORDER BY commitments DESC, program
