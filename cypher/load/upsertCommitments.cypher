// Commitments ($rows) with the sentence that evidences each. The documents' old commitments
// were deleted first, so CREATE cannot duplicate.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (c:Commitment)
SET c.id = row.id, c.stance = row.stance, c.trigger = row.trigger, c.text = row.text,
    c.docId = row.docId, c.cameo = row.cameo, c.name = row.stance + ': ' + row.trigger
CREATE (c)-[:EVIDENCED_BY]->(s);
