// Every document with its sentence, commitment and entity counts, newest first.
MATCH (d:Document)
CALL (d) {
  OPTIONAL MATCH (s:Sentence)-[:IN]->(d)
  RETURN count(s) AS sentences
}
CALL (d) {
  OPTIONAL MATCH (c:Commitment {docId: d.id})
  RETURN count(c) AS commitments
}
CALL (d) {
  OPTIONAL MATCH (s:Sentence)-[:IN]->(d), (s)-[:MENTIONS]->(e:Entity)
  RETURN count(DISTINCT e) AS entities
}
RETURN d {.id, .title, .date, .place, .source} AS document, sentences, commitments, entities
ORDER BY d.date DESC, d.id;
