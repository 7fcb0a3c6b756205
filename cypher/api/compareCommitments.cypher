// The commitments of documents $docs with what a position key needs: the actors' countries (an
// official counts for the country it represents, any other actor for itself), the about-entities
// (explicit and implicit), the evidence sentence with its mentions of them, and the document.
// At most $maxRows commitments, oldest document first.
UNWIND $docs AS docId
MATCH (d:Document {id: docId})
MATCH (c:Commitment {docId: docId})-[:EVIDENCED_BY]->(s:Sentence)
WITH d, c, s
ORDER BY d.date, d.id, s.index, c.id
LIMIT toInteger($maxRows)
RETURN c.id AS commitmentId, c.stance AS stance, c.trigger AS trigger,
  s {.id, .text, .start} AS sentence,
  d {.id, .title, .date} AS document,
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
  COLLECT {
    MATCH (c)-[:ABOUT]->(:Entity)<-[m:MENTIONS]-(s)
    RETURN m {.start, .end, .text}
  } AS mentions;
