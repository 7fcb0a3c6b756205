// Entities two commitments away from entity $id, through an intermediary entity, that share no
// commitment with it directly; of $types (all when empty). Ranked by the commitments linking
// the intermediaries to them. Hubs are capped: at most $viaLimit intermediaries, the closest.
MATCH (x:Entity {id: $id})
// The direct neighbours once, as a list: testing each candidate against it is far cheaper than
// a per-row pattern check when the intermediaries are hubs.
CALL (x) {
  MATCH (x)-[:MADE|ABOUT|TARGETS]-(:Commitment)-[:MADE|ABOUT|TARGETS]-(d:Entity)
  RETURN collect(DISTINCT d) AS direct
}
MATCH (x)-[:MADE|ABOUT|TARGETS]-(c1:Commitment)-[:MADE|ABOUT|TARGETS]-(m:Entity)
WHERE m <> x
WITH x, direct, m, count(DISTINCT c1) AS closeness
ORDER BY closeness DESC, m.name
LIMIT toInteger($viaLimit)
MATCH (m)-[:MADE|ABOUT|TARGETS]-(c2:Commitment)-[:MADE|ABOUT|TARGETS]-(o:Entity)
WHERE o <> x AND o <> m AND (size($types) = 0 OR o.type IN $types)
  AND NOT o IN direct
WITH x, o, collect(DISTINCT c2) AS cs, collect(DISTINCT m {.id, .name, .type}) AS via
ORDER BY size(cs) DESC, o.name
LIMIT toInteger($limit)
RETURN o {.id, .name, .type} AS entity, size(cs) AS commitments, via[0..5] AS via,
  [c IN cs[0..toInteger($evidence)] | head(COLLECT {
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[mm:MENTIONS]->(n:Entity) WHERE n = o OR n.id IN [v IN via | v.id] RETURN mm {.start, .end, .text} }}
  })] AS evidence;
