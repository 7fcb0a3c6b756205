// Sentences ($rows, of one or several documents), each linked to its document. The documents'
// old sentences were deleted first, so CREATE cannot duplicate.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
CREATE (s:Sentence)
SET s = row
CREATE (s)-[:IN]->(d);
