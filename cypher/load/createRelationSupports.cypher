// One (:RelationSupport {docId, key, type, from, to}) per relation a document supports ($rows;
// key as in ingest/load/toRows.ts relationKey). The document's old ones were deleted first, under
// its lock, so CREATE cannot duplicate.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (:RelationSupport {docId: row.docId, key: row.key, type: row.type, from: row.from, to: row.to});
