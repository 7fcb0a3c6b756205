// What a graph answer is a part of: documents, commitments (of $stances, all when empty) and
// entities (of $types, all when empty) that take part in a commitment. Counts without a filter
// come from the count store; with one, from the stance index or one pass over the entities.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (c:Commitment) RETURN count(c) AS allCommitments }
CALL () {
  UNWIND $stances AS stance
  MATCH (c:Commitment {stance: stance})
  RETURN count(c) AS stanceCommitments
}
CALL () {
  MATCH (e:Entity)
  WHERE (size($types) = 0 OR e.type IN $types) AND COUNT { (e)-[:MADE|ABOUT|TARGETS]-() } > 0
  RETURN count(e) AS entities
}
RETURN documents, entities,
  CASE size($stances) WHEN 0 THEN allCommitments ELSE stanceCommitments END AS commitments;
