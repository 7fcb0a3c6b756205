// Sentences ($rows: {docId, props, mentions: [{entityId, start, end, text}]}, of one or several
// documents), each linked to its document and to the entities it mentions, in one pass so a new
// sentence is never looked up again by id. The documents' old sentences were deleted first and
// the entities were written by upsertEntities, so CREATE cannot duplicate.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
CREATE (s:Sentence)-[:IN]->(d)
SET s = row.props
WITH s, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(e);
