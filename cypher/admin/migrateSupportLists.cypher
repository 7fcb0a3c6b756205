// One-off migration of a store loaded by the old model: each entity's `docs` list becomes
// (Document)-[:SUPPORTS]->(Entity) links, each relation's `docs` list becomes RelationSupport
// nodes, and the lists go. Idempotent (MERGE), in small transactions; run by db/schema.ts only
// when legacySupportLists finds a list.
MATCH (e:Entity) WHERE e.docs IS NOT NULL
CALL (e) {
  UNWIND e.docs AS docId
  MATCH (d:Document {id: docId})
  MERGE (d)-[:SUPPORTS]->(e)
} IN TRANSACTIONS OF 200 ROWS;
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.docs IS NOT NULL
CALL (a, r, b) {
  UNWIND r.docs AS docId
  WITH a, r, b, docId, type(r) + '|' + a.id + '|' + b.id AS key
  MERGE (x:RelationSupport {docId: docId, key: key})
  SET x.type = type(r), x.from = a.id, x.to = b.id
} IN TRANSACTIONS OF 200 ROWS;
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.docs IS NOT NULL
CALL (r) { REMOVE r.docs } IN TRANSACTIONS OF 1000 ROWS;
MATCH (e:Entity) WHERE e.docs IS NOT NULL
CALL (e) { REMOVE e.docs } IN TRANSACTIONS OF 1000 ROWS;
