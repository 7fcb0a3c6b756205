// Commitments ($rows) with the sentence that evidences each and their parties, nested per row:
// actors (MADE), about ({entity, implicit}: ABOUT) and targets (TARGETS), all distinct. One pass
// per commitment instead of one statement per link type that looks each commitment up again.
// The documents' old commitments were deleted first, so CREATE cannot duplicate.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (c:Commitment)-[:EVIDENCED_BY]->(s)
SET c.id = row.id, c.stance = row.stance, c.trigger = row.trigger, c.text = row.text,
    c.docId = row.docId, c.cameo = row.cameo, c.name = row.stance + ': ' + row.trigger
WITH c, row
CALL (c, row) {
  UNWIND row.actors AS id
  MATCH (e:Entity {id: id})
  CREATE (e)-[:MADE]->(c)
}
CALL (c, row) {
  UNWIND row.about AS about
  MATCH (e:Entity {id: about.entity})
  CREATE (c)-[:ABOUT {implicit: about.implicit}]->(e)
}
CALL (c, row) {
  UNWIND row.targets AS id
  MATCH (e:Entity {id: id})
  CREATE (c)-[:TARGETS]->(e)
};
