// Entities sharing a commitment with entity $id (as actor, about or target), of $types (all when
// empty), ranked by the number of such commitments: how many there are in all, and the page from
// $offset of at most $limit, each with up to $evidence evidence sentences (the sentence's
// mentions of either entity highlighted). `stated` counts the commitments whose sentence names
// both (not linked only through a heading: ABOUT {implicit}). Only counts are kept per
// neighbour, never the commitments; the evidence subquery stops after $evidence, so hubs stay
// cheap in memory. With $ranged, only commitments of documents dated $from..$to (inclusive ISO
// dates; undated documents are out) count, in the totals and the evidence alike.
// Whether a link is implied is read from the two relationships the match already holds, not
// by expanding each commitment again (a hub's lens has ~10^5 commitment-neighbour pairs).
MATCH (x:Entity {id: $id})-[r0:MADE|ABOUT|TARGETS]-(c:Commitment)-[r1:MADE|ABOUT|TARGETS]-(o:Entity)
WHERE o <> x AND (size($types) = 0 OR o.type IN $types)
  AND ($ranged = false OR EXISTS { MATCH (doc:Document {id: c.docId}) WHERE doc.date >= $from AND doc.date <= $to })
WITH x, o, c, max(CASE
    WHEN type(r0) = 'ABOUT' AND r0.implicit = true THEN 1
    WHEN type(r1) = 'ABOUT' AND r1.implicit = true THEN 1
    ELSE 0 END) AS implied
WITH x, o, count(c) AS commitments, sum(1 - implied) AS stated
ORDER BY commitments DESC, o.name
WITH x, collect({o: o, commitments: commitments, stated: stated}) AS ranked
WITH x, ranked, ranked[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS page
// An empty page still answers one row, with the total and no entity.
UNWIND CASE size(page) WHEN 0 THEN [null] ELSE page END AS row
WITH x, row.o AS o, row.commitments AS commitments, row.stated AS stated, size(ranked) AS total
RETURN total, o {.id, .name, .type} AS entity, commitments, stated,
  COLLECT {
    MATCH (x)-[:MADE|ABOUT|TARGETS]-(c:Commitment)-[:MADE|ABOUT|TARGETS]-(o)
    WHERE $ranged = false OR EXISTS { MATCH (doc:Document {id: c.docId}) WHERE doc.date >= $from AND doc.date <= $to }
    WITH DISTINCT c LIMIT toInteger($evidence)
    MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
    RETURN {commitmentId: c.id, stance: c.stance, trigger: c.trigger,
            implicit: EXISTS { (c)-[:ABOUT {implicit: true}]->(n) WHERE n = x OR n = o },
            sentence: s {.id, .text, .start}, document: d {.id, .title, .date},
            mentions: COLLECT { MATCH (s)-[m:MENTIONS]->(n:Entity) WHERE n = x OR n = o RETURN m {.start, .end, .text} }}
  } AS evidence
ORDER BY commitments DESC, o.name;
