// The engine's floor for a load's volume (bench/loadProfile.ts ceiling): one node per $nodes
// entry (its properties as given, label :Ceiling, no index or constraint on it) and one
// relationship per $rels pair [from, to] of positions in $nodes. No MERGE and no lookups, so what
// it costs is the store writes and the commit alone.
UNWIND $nodes AS props
CREATE (n:Ceiling)
SET n = props
WITH collect(n) AS created
UNWIND $rels AS pair
WITH created[toInteger(pair[0])] AS a, created[toInteger(pair[1])] AS b
CREATE (a)-[:LINK]->(b)
RETURN count(*) AS linked;
