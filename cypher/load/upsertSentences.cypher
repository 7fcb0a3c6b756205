// Sentences of one document ($rows), each linked to it.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MERGE (s:Sentence {id: row.id})
SET s += row
MERGE (s)-[:IN]->(d);
