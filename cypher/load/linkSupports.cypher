// (document)-[:SUPPORTS]->(entity) for $rows: {docId, entityId}: which documents an entity comes
// from, one relationship each instead of a list property that every document would rewrite.
// Returns how many were linked: fewer than the rows means a concurrent delete removed an entity
// after upsertEntities matched it, and the loader retries the transaction.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId}), (e:Entity {id: row.entityId})
CREATE (d)-[:SUPPORTS]->(e)
RETURN count(*) AS linked;
