// (document)-[:SUPPORTS]->(entity) for $rows: {docId, entityId}: which documents an entity comes
// from, one relationship each instead of a list property that every document would rewrite.
// Returns how many were linked: fewer than the rows means a concurrent delete removed an entity
// after upsertEntities matched it, and the loader retries the transaction.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.docId}), (e:Entity {id: row.entityId})
CREATE (d)-[:SUPPORTS]->(e)
RETURN count(*) AS linked;
