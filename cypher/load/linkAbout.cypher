// (commitment)-[:ABOUT {implicit}]->(entity) for $rows: {commitment, entity, implicit}; the
// commitment is new in this transaction and the rows are distinct, so CREATE cannot duplicate.
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitment}), (e:Entity {id: row.entity})
CREATE (c)-[:ABOUT {implicit: row.implicit}]->(e);
