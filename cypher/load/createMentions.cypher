// Mentions ($rows: sentenceId, entityId, start, end, text); the document's old sentences were
// deleted first, so CREATE cannot duplicate.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId}), (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(e);
