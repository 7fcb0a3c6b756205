// The review panel's page of overrides, newest first ($offset, $limit; undone ones too when
// $undone), and how many there are.
MATCH (o:Override)
WHERE $undone OR o.undoneAt IS NULL
WITH o ORDER BY o.createdAt DESC, o.id
WITH collect(o) AS overrides
RETURN size(overrides) AS total,
  [o IN overrides[toInteger($offset)..toInteger($offset) + toInteger($limit)] | o {.*}] AS items;
