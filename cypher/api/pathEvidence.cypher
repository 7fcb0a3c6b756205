// Evidence for path hops ($hops: {key, commitment?, a, b}): a commitment's own sentence, or for
// an entity relation a sentence mentioning both ends; mentions of both ends for highlighting.
UNWIND $hops AS hop
MATCH (a:Entity {id: hop.a}), (b:Entity {id: hop.b})
CALL (hop, a, b) {
  MATCH (c:Commitment {id: hop.commitment})-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
  RETURN c, s, d
  UNION
  MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b), (s)-[:IN]->(d:Document)
  WHERE hop.commitment IS NULL
  WITH s, d ORDER BY d.date DESC, s.index LIMIT 1
  RETURN null AS c, s, d
}
RETURN hop.key AS key,
  {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
   sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
   mentions: COLLECT { MATCH (s)-[m:MENTIONS]->(n:Entity) WHERE n = a OR n = b RETURN m {.start, .end, .text} }} AS evidence;
