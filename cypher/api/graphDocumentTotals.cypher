// What the documents view is a part of: the commitments of documents $docs (of $stances, all
// when empty), the entities of $types they link, and how many documents there are.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () {
  MATCH (c:Commitment)
  WHERE c.docId IN $docs AND (size($stances) = 0 OR c.stance IN $stances)
  RETURN count(c) AS commitments
}
CALL () {
  MATCH (c:Commitment)-[:MADE|ABOUT|TARGETS]-(e:Entity)
  WHERE c.docId IN $docs AND (size($stances) = 0 OR c.stance IN $stances)
    AND (size($types) = 0 OR e.type IN $types)
  RETURN count(DISTINCT e) AS entities
}
RETURN documents, commitments, entities;
