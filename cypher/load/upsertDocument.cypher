// Document nodes ($rows: id, title, date?, place?, source?, sha256), with the fingerprint of the
// extraction code that produced them ($extractor). lockDocuments already created and locked
// them; SET = drops properties a previous version had and this one lacks.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $rows AS doc
MATCH (d:Document {id: doc.id})
SET d = doc
SET d.name = doc.title, d.extractor = $extractor;
