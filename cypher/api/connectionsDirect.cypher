// Entities sharing a commitment with entity $id (as actor, about or target), of $types (all when
// empty), ranked by the number of such commitments; each with up to $evidence evidence
// sentences, the sentence's mentions of either entity highlighted. `stated` counts the
// commitments whose sentence names both (not linked only through a heading: ABOUT {implicit});
// `total` is how many such entities exist before $limit, so the answer can say "20 of 340".
MATCH (x:Entity {id: $id})-[:MADE|ABOUT|TARGETS]-(c:Commitment)-[:MADE|ABOUT|TARGETS]-(o:Entity)
WHERE o <> x AND (size($types) = 0 OR o.type IN $types)
WITH x, o, collect(DISTINCT c) AS cs
WITH x, o, cs,
  size([c IN cs WHERE NOT EXISTS { (c)-[:ABOUT {implicit: true}]->(n) WHERE n = x OR n = o }]) AS stated
ORDER BY size(cs) DESC, o.name
WITH x, collect({o: o, cs: cs, stated: stated}) AS rows
WITH x, rows, size(rows) AS total
UNWIND rows[0..toInteger($limit)] AS row
WITH x, row.o AS o, row.cs AS cs, row.stated AS stated, total
RETURN o {.id, .name, .type} AS entity, size(cs) AS commitments, stated, total,
  [c IN cs[0..toInteger($evidence)] | head(COLLECT {
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            implicit: EXISTS { (c)-[:ABOUT {implicit: true}]->(n) WHERE n = x OR n = o },
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[m:MENTIONS]->(n:Entity) WHERE n = x OR n = o RETURN m {.start, .end, .text} }}
  })] AS evidence;
