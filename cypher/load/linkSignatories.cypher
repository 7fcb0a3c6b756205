// (country)-[:SIGNED]->(document) for $rows: {from, to}.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (d:Document {id: row.to})
MERGE (a)-[:SIGNED]->(d);
