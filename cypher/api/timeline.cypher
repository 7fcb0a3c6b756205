// Every commitment involving entity $id, oldest first: made by it (or by an official who
// represents it), about it, aimed at it, or stated in a sentence that names it. With its roles,
// the position key's parts (actor countries, about-entities), evidence and document.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:MADE|ABOUT|TARGETS]-(c:Commitment)
  RETURN c
  UNION
  MATCH (e)<-[:REPRESENTS]-(:Official)-[:MADE]->(c:Commitment)
  RETURN c
  UNION
  MATCH (e)<-[:MENTIONS]-(:Sentence)<-[:EVIDENCED_BY]-(c:Commitment)
  RETURN c
}
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
WITH e, c, s, d
ORDER BY d.date, d.id, s.index, c.id
LIMIT toInteger($maxRows)
RETURN c.id AS commitmentId, c.stance AS stance, c.trigger AS trigger,
  s {.id, .text, .start} AS sentence,
  d {.id, .title, .date} AS document,
  CASE WHEN EXISTS { (e)-[:MADE]->(c) } OR EXISTS { (e)<-[:REPRESENTS]-(:Official)-[:MADE]->(c) }
    THEN ['actor'] ELSE [] END
  + CASE WHEN EXISTS { (c)-[:ABOUT]->(e) } THEN ['about'] ELSE [] END
  + CASE WHEN EXISTS { (c)-[:TARGETS]->(e) } THEN ['target'] ELSE [] END AS roles,
  COLLECT {
    MATCH (a:Entity)-[:MADE]->(c)
    OPTIONAL MATCH (a)-[:REPRESENTS]->(k:Country)
    WITH coalesce(k, a) AS x
    RETURN DISTINCT x {.id, .name, .type}
  } AS countries,
  COLLECT {
    MATCH (c)-[r:ABOUT]->(x:Entity)
    RETURN x {.id, .name, .type, implicit: coalesce(r.implicit, false)}
  } AS about,
  COLLECT { MATCH (s)-[m:MENTIONS]->(e) RETURN m {.start, .end, .text} } AS mentions;
