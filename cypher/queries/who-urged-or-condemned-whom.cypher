// name: Who urged or condemned whom
// description: Every commitment that urges or condemns someone: who said it, to whom, and the sentence.
MATCH path = (a:Entity)-[:MADE]->(c:Commitment)-[:TARGETS]->(t:Entity)
WHERE c.stance IN ['urge', 'condemn']
RETURN a.name AS actor, c.stance AS stance, t.name AS target, c.trigger AS trigger, c.text AS sentence, path
ORDER BY actor, stance, target
