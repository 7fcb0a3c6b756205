// The document a lens preset starts from: the latest dated document whose signatories (SIGNED)
// are exactly $signatories (no more, no fewer), dated on or before $to (any date when null).
MATCH (:Entity {id: head($signatories)})-[:SIGNED]->(d:Document)
WHERE d.date IS NOT NULL AND ($to IS NULL OR d.date <= $to)
  AND COUNT { (:Entity)-[:SIGNED]->(d) } = size($signatories)
  AND all(p IN $signatories WHERE EXISTS { (:Entity {id: p})-[:SIGNED]->(d) })
RETURN d {.id, .title, .date} AS document
ORDER BY d.date DESC, d.id DESC
LIMIT 1;
