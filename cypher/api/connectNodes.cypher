// "Connect result nodes", as in Neo4j Browser: the relationships among the nodes $ids (element
// ids; the route caps them at 300) that a console query returned, both ends in the set, at most
// $limit + 1 (the extra row tells the route the answer was cut). Curated relationships
// (CURATED_*, cypher/curation/) are no relationships. Work is bounded by the nodes' degrees.
MATCH (a)
WHERE elementId(a) IN $ids
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $ids AND NOT type(r) STARTS WITH 'CURATED_'
RETURN elementId(a) AS source, elementId(b) AS target, type(r) AS type, r.implicit AS implicit
LIMIT toInteger($limit) + 1;
