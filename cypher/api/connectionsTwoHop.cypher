// Entities two commitments away from entity $id, through an intermediary entity, that share no
// commitment with it directly; of $types (all when empty). Ranked by specificity, as the
// resource-allocation index of link prediction: each commitment linking an intermediary m to
// the candidate counts 1 / (commitments of m), so an intermediary that is in everything (the
// United States) counts for little and a specific one counts for much. (1 / ln was tried: on
// the sample corpus it still put COVID-19 "via United States, Japan, India" near the top.)
// How many candidates there are in all, and the page from $offset of at most $limit. Hubs are
// capped: at most $viaLimit intermediaries (the closest), each expanded over at most $perVia
// commitment links, so the work is bounded however large the corpus. `stated` counts the
// commitments not linked to the candidate only through a heading (ABOUT {implicit}). With
// $ranged, only commitments of documents dated $from..$to (inclusive) count, everywhere: the
// direct neighbours, the intermediaries, their spread and the candidates.
MATCH (x:Entity {id: $id})
// One pass over the entity's commitments gives both the direct neighbours, as a list (testing
// each candidate against it is far cheaper than a per-row pattern check when the intermediaries
// are hubs), and the $viaLimit closest of them, the intermediaries.
CALL (x) {
  MATCH (x)-[:MADE|ABOUT|TARGETS]-(c1:Commitment)-[:MADE|ABOUT|TARGETS]-(m:Entity)
  WHERE m <> x AND ($ranged = false OR EXISTS { MATCH (doc:Document {id: c1.docId}) WHERE doc.date >= $from AND doc.date <= $to })
  WITH m, count(DISTINCT c1) AS closeness
  ORDER BY closeness DESC, m.name
  RETURN collect(m) AS direct, collect(m)[..toInteger($viaLimit)] AS closest
}
UNWIND closest AS m
// The intermediary's spread: its links to commitments. Without a range that is the node's
// degree, which Neo4j reads without expanding the node (the United States has ~10^6 links at
// 10,000 documents); with one, only the links of commitments in range count.
WITH x, direct, m, CASE WHEN $ranged
    THEN COUNT { (m)-[:MADE|ABOUT|TARGETS]-(c:Commitment) WHERE EXISTS { MATCH (doc:Document {id: c.docId}) WHERE doc.date >= $from AND doc.date <= $to } }
    ELSE COUNT { (m)-[:MADE|ABOUT|TARGETS]-() }
  END AS spread
// The cap bounds the commitments expanded, not the candidates found: capping found rows let a
// hub whose neighbours are mostly direct ones be expanded whole (~14 million database hits for
// the DPRK's lens at 10,000 documents).
CALL (x, m, direct) {
  MATCH (m)-[:MADE|ABOUT|TARGETS]-(c2:Commitment)
  WHERE $ranged = false OR EXISTS { MATCH (doc:Document {id: c2.docId}) WHERE doc.date >= $from AND doc.date <= $to }
  WITH DISTINCT c2 LIMIT toInteger($perVia)
  MATCH (c2)-[:MADE|ABOUT|TARGETS]-(o:Entity)
  WHERE o <> x AND o <> m AND (size($types) = 0 OR o.type IN $types) AND NOT o IN direct
  RETURN c2, o
}
WITH DISTINCT x, o, m, spread, c2
// Per candidate and intermediary: its weight, the share of the intermediary's commitments.
WITH x, o, m, spread, collect(c2) AS mcs
WITH x, o, m, mcs, toFloat(size(mcs)) / spread AS weight
ORDER BY weight DESC, m.name
WITH x, o, sum(weight) AS specificity, collect(m {.id, .name, .type})[0..5] AS via,
  collect(mcs) AS lists
// Per candidate, its distinct commitments (within the caps above): counted, the stated ones
// counted, the first $evidence kept for evidence.
CALL (o, lists) {
  UNWIND lists AS l
  UNWIND l AS c
  WITH DISTINCT c
  RETURN count(c) AS commitments,
    sum(CASE WHEN EXISTS { (c)-[:ABOUT {implicit: true}]->(o) } THEN 0 ELSE 1 END) AS stated,
    collect(c)[0..toInteger($evidence)] AS cs
}
ORDER BY specificity DESC, commitments DESC, o.name
WITH x, collect({o: o, commitments: commitments, stated: stated, specificity: specificity,
  cs: cs, via: via}) AS ranked
WITH x, ranked, ranked[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS page
// An empty page still answers one row, with the total and no entity.
UNWIND CASE size(page) WHEN 0 THEN [null] ELSE page END AS row
WITH x, row.o AS o, row.commitments AS commitments, row.stated AS stated,
  row.specificity AS specificity, row.cs AS cs, row.via AS via, size(ranked) AS total
RETURN total, o {.id, .name, .type} AS entity, commitments, stated, specificity, via,
  [c IN cs | head(COLLECT {
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            implicit: EXISTS { (c)-[:ABOUT {implicit: true}]->(o) },
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[mm:MENTIONS]->(n:Entity) WHERE n = o OR n.id IN [v IN via | v.id] RETURN mm {.start, .end, .text} }}
  })] AS evidence
ORDER BY specificity DESC, commitments DESC, o.name;
