// One (:RelationSupport {docId, key, type, from, to}) per relation a document supports ($rows;
// key as in ingest/load/toRows.ts relationKey). The document's old ones were deleted first, under
// its lock, so CREATE cannot duplicate.
UNWIND $rows AS row
CREATE (:RelationSupport {docId: row.docId, key: row.key, type: row.type, from: row.from, to: row.to});
