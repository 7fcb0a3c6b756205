// (document)-[:SUPPORTS]->(entity) for $rows: {docId, entityId}: which documents an entity comes
// from, one relationship each instead of a list property that every document would rewrite.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId}), (e:Entity {id: row.entityId})
CREATE (d)-[:SUPPORTS]->(e);
