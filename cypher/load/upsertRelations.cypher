// Entity-to-entity relations ($rows: key, type, from, to, props; one row per key, sorted). An
// existing relation is written only when its properties change; the documents supporting it are
// RelationSupport nodes (createRelationSupports), not a list on the relation.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row
WHERE any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k])
SET r += row.props;
