// Entities two commitments away from entity $id, through an intermediary entity, that share no
// commitment with it directly; of $types (all when empty). Ranked by the commitments linking
// the intermediaries to them: how many there are in all, and the page from $offset of at most
// $limit. Hubs are capped: at most $viaLimit intermediaries (the closest), each expanded over
// at most $perVia commitment links, so the work is bounded however large the corpus.
MATCH (x:Entity {id: $id})
// The direct neighbours once, as a list: testing each candidate against it is far cheaper than
// a per-row pattern check when the intermediaries are hubs.
CALL (x) {
  MATCH (x)-[:MADE|ABOUT|TARGETS]-(:Commitment)-[:MADE|ABOUT|TARGETS]-(d:Entity)
  RETURN collect(DISTINCT d) AS direct
}
CALL (x) {
  MATCH (x)-[:MADE|ABOUT|TARGETS]-(c1:Commitment)-[:MADE|ABOUT|TARGETS]-(m:Entity)
  WHERE m <> x
  WITH m, count(DISTINCT c1) AS closeness
  ORDER BY closeness DESC, m.name
  LIMIT toInteger($viaLimit)
  RETURN m
}
CALL (x, m, direct) {
  MATCH (m)-[:MADE|ABOUT|TARGETS]-(c2:Commitment)-[:MADE|ABOUT|TARGETS]-(o:Entity)
  WHERE o <> x AND o <> m AND (size($types) = 0 OR o.type IN $types) AND NOT o IN direct
  RETURN c2, o LIMIT toInteger($perVia)
}
WITH x, o, count(DISTINCT c2) AS commitments, collect(DISTINCT c2)[0..toInteger($evidence)] AS cs,
  collect(DISTINCT m {.id, .name, .type})[0..5] AS via
ORDER BY commitments DESC, o.name
WITH x, collect({o: o, commitments: commitments, cs: cs, via: via}) AS ranked
WITH x, ranked, ranked[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS page
// An empty page still answers one row, with the total and no entity.
UNWIND CASE size(page) WHEN 0 THEN [null] ELSE page END AS row
WITH x, row.o AS o, row.commitments AS commitments, row.cs AS cs, row.via AS via, size(ranked) AS total
RETURN total, o {.id, .name, .type} AS entity, commitments, via,
  [c IN cs | head(COLLECT {
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[mm:MENTIONS]->(n:Entity) WHERE n = o OR n.id IN [v IN via | v.id] RETURN mm {.start, .end, .text} }}
  })] AS evidence
ORDER BY commitments DESC, o.name;
