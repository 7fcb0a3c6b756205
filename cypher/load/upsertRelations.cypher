// Entity-to-entity relations ($rows: type, from, to, props) supported by document $docId.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.docs = []
SET r += row.props, r.docs = CASE WHEN $docId IN r.docs THEN r.docs ELSE r.docs + $docId END;
