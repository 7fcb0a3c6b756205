// Every commitment involving entity $id, with its role(s) in it, the evidence sentence, the
// entity's mentions in that sentence, its document, and the other parties.
MATCH (e:Entity {id: $id})-[r:MADE|ABOUT|TARGETS]-(c:Commitment)
WITH e, c,
  collect(DISTINCT CASE type(r) WHEN 'MADE' THEN 'actor' WHEN 'ABOUT' THEN 'about' ELSE 'target' END) AS roles,
  any(x IN collect(r) WHERE type(x) = 'ABOUT' AND x.implicit = true) AS implicit
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
RETURN c.id AS commitmentId, c.stance AS stance, c.trigger AS trigger, roles, implicit,
  s {.id, .text, .start} AS sentence,
  d {.id, .title, .date} AS document,
  COLLECT { MATCH (s)-[m:MENTIONS]->(e) RETURN m {.start, .end, .text} } AS mentions,
  COLLECT { MATCH (a:Entity)-[:MADE]->(c) RETURN a {.id, .name, .type} } AS actors,
  COLLECT { MATCH (c)-[:ABOUT]->(a:Entity) RETURN a {.id, .name, .type} } AS about,
  COLLECT { MATCH (c)-[:TARGETS]->(a:Entity) RETURN a {.id, .name, .type} } AS targets
ORDER BY d.date DESC, d.id, s.index, c.id;
