// One document node ($doc: id, title, date?, place?, source?, sha256).
MERGE (d:Document {id: $doc.id})
SET d += $doc, d.name = $doc.title;
