// name: Commitments by stance for an actor
// description: How an actor's commitments (its own, and its officials') divide between stances, with example triggers.
// param: actor string = 'country:usa' — id of the actor: a country or an official
MATCH (a:Entity {id: $actor})
OPTIONAL MATCH (o:Official)-[:REPRESENTS]->(a)
WITH a, collect(o) AS officials
UNWIND [a] + officials AS speaker
MATCH path = (speaker)-[:MADE]->(c:Commitment)
RETURN c.stance AS stance, count(DISTINCT c) AS commitments,
       collect(DISTINCT c.trigger)[..5] AS triggers, collect(path) AS paths
ORDER BY commitments DESC, stance
