// (commitment)-[:TARGETS]->(entity) for $rows: {commitment, entity}.
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitment}), (e:Entity {id: row.entity})
MERGE (c)-[:TARGETS]->(e);
