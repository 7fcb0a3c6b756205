// Takes the write lock of each document ($ids, sorted) before reading what is stored, so the
// existence check and the write are one atomic step: a second loader of the same document waits
// here until the first commits, then sees its version. MERGE under the uniqueness constraint
// cannot create two nodes; the SET/REMOVE pair changes nothing but takes the node's lock.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d.loaderLock = true
REMOVE d.loaderLock
RETURN id, d.extractor IS NOT NULL AS exists, d.sha256 AS sha256, d.extractor AS extractor;
