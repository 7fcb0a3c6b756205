// The commitments of documents $docs (of stances $stances, all when empty) in id order, $offset
// skipped, at most $limit, with the entities they link, keeping entities of $types (all when
// empty). Rows become graphology nodes and edges in server/graphRows.ts.
MATCH (c:Commitment)
WHERE c.docId IN $docs AND (size($stances) = 0 OR c.stance IN $stances)
WITH c ORDER BY c.id SKIP toInteger($offset) LIMIT toInteger($limit)
MATCH (c)-[r:ABOUT|TARGETS]-(e:Entity)
WHERE size($types) = 0 OR e.type IN $types
WITH c, collect({rel: type(r), implicit: coalesce(r.implicit, false), entity: e {.id, .name, .type}}) AS links
OPTIONAL MATCH (actor:Entity)-[:MADE]->(c)
WITH c, links, collect(actor {.id, .name, .type}) AS actors
RETURN c {.id, .stance, .trigger, .docId, .text} AS commitment, actors, links;
