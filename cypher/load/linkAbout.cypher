// (commitment)-[:ABOUT {implicit}]->(entity) for $rows: {commitment, entity, implicit}.
UNWIND $rows AS row
MATCH (c:Commitment {id: row.commitment}), (e:Entity {id: row.entity})
MERGE (c)-[r:ABOUT]->(e)
SET r.implicit = row.implicit;
