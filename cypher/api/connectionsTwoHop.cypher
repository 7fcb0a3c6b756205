// Entities two commitments away from entity $id, through an intermediary entity, that share no
// commitment with it directly; of $types (all when empty). Ranked by specificity, as the
// resource-allocation index of link prediction: each commitment linking an intermediary m to
// the candidate counts 1 / (commitments of m), so an intermediary that is in everything (the
// United States) counts for little and a specific one counts for much. (1 / ln was tried: on
// the sample corpus it still put COVID-19 "via United States, Japan, India" near the top.) At most $viaLimit intermediaries, the closest; `total` is the number of
// candidates before $limit, so the answer can say "showing 20 of 340".
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
WITH x, direct, m, COUNT { (m)-[:MADE|ABOUT|TARGETS]-(:Commitment) } AS spread
MATCH (m)-[:MADE|ABOUT|TARGETS]-(c2:Commitment)-[:MADE|ABOUT|TARGETS]-(o:Entity)
WHERE o <> x AND o <> m AND (size($types) = 0 OR o.type IN $types)
  AND NOT o IN direct
WITH x, o, m, spread, collect(DISTINCT c2) AS mcs
WITH x, o, m, mcs, toFloat(size(mcs)) / spread AS weight
ORDER BY weight DESC, m.name
WITH x, o, sum(weight) AS specificity, collect(m {.id, .name, .type}) AS via,
  reduce(acc = [], l IN collect(mcs) | acc + [c IN l WHERE NOT c IN acc]) AS cs
ORDER BY specificity DESC, size(cs) DESC, o.name
WITH x, collect({o: o, cs: cs, via: via, specificity: specificity}) AS rows
WITH x, rows, size(rows) AS total
UNWIND rows[0..toInteger($limit)] AS row
WITH x, row.o AS o, row.cs AS cs, row.via AS via, row.specificity AS specificity, total
RETURN o {.id, .name, .type} AS entity, size(cs) AS commitments, via[0..5] AS via, total,
  specificity,
  size([c IN cs WHERE NOT EXISTS { (c)-[:ABOUT {implicit: true}]->(o) }]) AS stated,
  [c IN cs[0..toInteger($evidence)] | head(COLLECT {
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            implicit: EXISTS { (c)-[:ABOUT {implicit: true}]->(o) },
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[mm:MENTIONS]->(n:Entity) WHERE n = o OR n.id IN [v IN via | v.id] RETURN mm {.start, .end, .text} }}
  })] AS evidence;
