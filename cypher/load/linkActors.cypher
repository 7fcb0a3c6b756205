// (actor)-[:MADE]->(commitment) for $rows: {commitment, entity}; the commitment is new in this
// transaction and the rows are distinct, so CREATE cannot duplicate.
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitment}), (e:Entity {id: row.entity})
CREATE (e)-[:MADE]->(c);
