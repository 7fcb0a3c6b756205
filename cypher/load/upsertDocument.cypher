// One document node ($doc: id, title, date?, place?, source?, sha256), with the fingerprint of
// the extraction code that produced it ($extractor).
MERGE (d:Document {id: $doc.id})
SET d += $doc, d.name = $doc.title, d.extractor = $extractor;
