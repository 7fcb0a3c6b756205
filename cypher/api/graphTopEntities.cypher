// The first view's entities: the $entities entities of $types (all when empty) taking part in
// the most commitments, after skipping $offset of them. The weight is a relationship count Neo4j
// reads from each node without expanding it, so ranking costs one pass over the entities.
MATCH (e:Entity)
WHERE size($types) = 0 OR e.type IN $types
WITH e, COUNT { (e)-[:MADE|ABOUT|TARGETS]-() } AS weight
WHERE weight > 0
RETURN e.id AS id, e.name AS name, e.type AS type, weight
ORDER BY weight DESC, id
SKIP toInteger($offset)
LIMIT toInteger($entities);
