// A page of the commitments entity $id takes part in, for each stance of $stances: newest
// document first (document ids start with the date), $offset skipped, at most $limit per stance.
// ORDER BY … LIMIT keeps only the page while scanning, so a hub's thousands of commitments are
// never held; only the page's rows are expanded into roles, sentence, document and parties.
MATCH (e:Entity {id: $id})
UNWIND $stances AS stance
CALL (e, stance) {
  MATCH (e)-[:MADE|ABOUT|TARGETS]-(c:Commitment)
  WHERE c.stance = stance
  WITH DISTINCT c
  ORDER BY c.docId DESC, c.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN c
}
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
RETURN c.id AS commitmentId, c.stance AS stance, c.trigger AS trigger,
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
