// Document nodes ($rows: id, title, date?, place?, source?, sha256), with the fingerprint of the
// extraction code that produced them ($extractor). lockDocuments already created and locked
// them; SET = drops properties a previous version had and this one lacks.
UNWIND $rows AS doc
MATCH (d:Document {id: doc.id})
SET d = doc
SET d.name = doc.title, d.extractor = $extractor;
