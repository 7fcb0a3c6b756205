// Takes back what apply.cypher did to the target of one override ($target, and $into for a
// merge) before that override is undone: labels restored, CURATED_ relationships retyped back,
// merge copies deleted. apply.cypher runs right after, so whatever another active override
// still curates is curated again.
MATCH (c:RejectedCommitment {id: $target})
REMOVE c:RejectedCommitment
SET c:Commitment;
MATCH (c:Commitment {id: $target})-[r]-()
WHERE type(r) STARTS WITH 'CURATED_'
WITH collect(DISTINCT r) AS rs
UNWIND rs AS r
WITH r, startNode(r) AS a, endNode(r) AS b, substring(type(r), 8) AS t, properties(r) AS p
CREATE (a)-[n:$(t)]->(b)
SET n = p
DELETE r;
MATCH (e:Entity {id: $target})
REMOVE e:Hidden;
MATCH (e:Entity {id: $target})-[r]-()
WHERE type(r) STARTS WITH 'CURATED_'
WITH collect(DISTINCT r) AS rs
UNWIND rs AS r
WITH r, startNode(r) AS a, endNode(r) AS b, substring(type(r), 8) AS t, properties(r) AS p
CREATE (a)-[n:$(t)]->(b)
SET n = p
DELETE r;
MATCH (:Entity {id: $into})-[r]-()
WHERE r.mergedFrom = $target
DELETE r;
