// A page of documents, newest first: those whose id is in $ids (any when empty) and whose title,
// id or date contains $q (lower-cased; any when empty), $offset skipped, at most $limit, each
// with its sentence, commitment and entity counts. documentsCount.cypher counts the same set.
MATCH (d:Document)
WHERE (size($ids) = 0 OR d.id IN $ids)
  AND ($q = '' OR toLower(d.title) CONTAINS $q OR d.id CONTAINS $q OR coalesce(d.date, '') STARTS WITH $q)
WITH d ORDER BY d.date DESC, d.id SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN d {.id, .title, .date, .place, .source} AS document,
  COUNT { (d)<-[:IN]-(:Sentence) } AS sentences,
  COUNT { MATCH (c:Commitment {docId: d.id}) } AS commitments,
  COUNT { MATCH (:Sentence {docId: d.id})-[:MENTIONS]->(e:Entity) RETURN DISTINCT e } AS entities
ORDER BY d.date DESC, d.id;
