// Sentences ($rows: {docId, props, mentions: [{entityId, start, end, text}]}, of one or several
// documents), each linked to its document and to the entities it mentions, in one pass so a new
// sentence is never looked up again by id. The documents' old sentences were deleted first and
// the entities were written by upsertEntities, so CREATE cannot duplicate.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
CREATE (s:Sentence)-[:IN]->(d)
SET s = row.props
WITH s, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(e);
