// Entities sharing a commitment with entity $id (as actor, about or target), of $types (all when
// empty), ranked by the number of such commitments; each with up to $evidence evidence
// sentences, the sentence's mentions of either entity highlighted.
MATCH (x:Entity {id: $id})-[:MADE|ABOUT|TARGETS]-(c:Commitment)-[:MADE|ABOUT|TARGETS]-(o:Entity)
WHERE o <> x AND (size($types) = 0 OR o.type IN $types)
WITH x, o, collect(DISTINCT c) AS cs
ORDER BY size(cs) DESC, o.name
LIMIT toInteger($limit)
RETURN o {.id, .name, .type} AS entity, size(cs) AS commitments,
  [c IN cs[0..toInteger($evidence)] | head(COLLECT {
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[m:MENTIONS]->(n:Entity) WHERE n = x OR n = o RETURN m {.start, .end, .text} }}
  })] AS evidence;
