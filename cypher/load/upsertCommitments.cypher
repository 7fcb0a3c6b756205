// Commitments ($rows) with the sentence that evidences each.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MERGE (c:Commitment {id: row.id})
SET c.stance = row.stance, c.trigger = row.trigger, c.text = row.text, c.docId = row.docId,
    c.cameo = row.cameo, c.name = row.stance + ': ' + row.trigger
MERGE (c)-[:EVIDENCED_BY]->(s);
