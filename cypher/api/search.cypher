// Entities matching a Lucene query ($query, built and escaped by server/routes/search.ts) over
// names and aliases, best first, at most $limit.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit)}) YIELD node, score
// Hidden or merged away by an analyst (cypher/curation/apply.cypher).
WHERE NOT node:Hidden
RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, name;
