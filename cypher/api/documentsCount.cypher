// How many documents documents.cypher pages through for the same $ids and $q.
MATCH (d:Document)
WHERE (size($ids) = 0 OR d.id IN $ids)
  AND ($q = '' OR toLower(d.title) CONTAINS $q OR d.id CONTAINS $q OR coalesce(d.date, '') STARTS WITH $q)
RETURN count(d) AS total;
