// Entity-to-entity relations ($rows: key, type, from, to, props; one row per key, sorted). The
// start node's lock (taken and released as no write) serialises two loaders merging the same
// relation, and a loader against clearDocument deleting it. An existing relation is written only
// when its properties change; the documents supporting it are RelationSupport nodes.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
SET a.loaderLock = true
REMOVE a.loaderLock
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row
WHERE any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k])
SET r += row.props;
