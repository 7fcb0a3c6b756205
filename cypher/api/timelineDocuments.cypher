// The documents that name entity $id, oldest first, each with the first sentence naming it and
// that sentence's mentions of it (the timeline shows it when no commitment involves the entity).
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(s:Sentence)-[:IN]->(d:Document)
WITH e, d, s
ORDER BY s.index
WITH e, d, collect(s)[0] AS s
RETURN null AS commitmentId, null AS stance, null AS trigger,
  s {.id, .text, .start} AS sentence,
  d {.id, .title, .date} AS document,
  COLLECT { MATCH (s)-[m:MENTIONS]->(e) RETURN m {.start, .end, .text} } AS mentions
ORDER BY d.date, d.id
LIMIT toInteger($maxDocs);
