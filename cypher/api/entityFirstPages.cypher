// The entity panel's commitments in one pass over entity $id's commitments (the United States
// has ~300,000 at 10,000 documents): per stance, the total and the first $limit, newest document
// first (document ids start with the date). The pass reads two properties per commitment and
// keeps one count per (stance, document), never the commitments; per stance it keeps the $limit
// newest documents, since the newest $limit commitments of a stance all lie in them. The page is
// then read from those documents only, through the docId index. (One SKIP/LIMIT subquery per
// stance expanded the hub once per stance: ~11 million database hits for the United States.)
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:MADE|ABOUT|TARGETS]-(c:Commitment)
  WITH DISTINCT c
  WITH c.stance AS stance, c.docId AS docId, count(*) AS n
  ORDER BY docId DESC
  RETURN stance, sum(n) AS total, collect(docId)[..toInteger($limit)] AS recent
}
CALL (e, stance, recent) {
  UNWIND recent AS docId
  MATCH (c:Commitment {docId: docId})
  WHERE c.stance = stance AND EXISTS { (c)-[:MADE|ABOUT|TARGETS]-(e) }
  WITH c ORDER BY c.docId DESC, c.id LIMIT toInteger($limit)
  RETURN c
}
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
RETURN total, c.id AS commitmentId, c.stance AS stance, c.trigger AS trigger,
  COLLECT {
    MATCH (e)-[r:MADE|ABOUT|TARGETS]-(c)
    RETURN DISTINCT CASE type(r) WHEN 'MADE' THEN 'actor' WHEN 'ABOUT' THEN 'about' ELSE 'target' END
  } AS roles,
  EXISTS { MATCH (c)-[r:ABOUT]->(e) WHERE r.implicit = true } AS implicit,
  s {.id, .text, .start} AS sentence,
  d {.id, .title, .date} AS document,
  COLLECT { MATCH (s)-[m:MENTIONS]->(e) RETURN m {.start, .end, .text} } AS mentions,
  COLLECT { MATCH (a:Entity)-[:MADE]->(c) RETURN a {.id, .name, .type} LIMIT 20 } AS actors,
  COLLECT { MATCH (c)-[:ABOUT]->(a:Entity) RETURN a {.id, .name, .type} LIMIT 20 } AS about,
  COLLECT { MATCH (c)-[:TARGETS]->(a:Entity) RETURN a {.id, .name, .type} LIMIT 20 } AS targets
ORDER BY d.date DESC, d.id, s.index, c.id;
