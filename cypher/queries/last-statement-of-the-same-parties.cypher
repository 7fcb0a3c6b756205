// name: Last statement of the same parties
// description: The rule of the lens's presets (data/rules/lens-anchors.json), e.g. "since the last trilateral statement": the latest dated document whose signatories are exactly these parties, no more and no fewer, on or before a date. Its date is where the lens's range starts.
// param: parties string = 'country:usa,country:jpn,country:kor' — signatories' entity ids, comma-separated
// param: to string = '9999-12-31' — latest date to consider (ISO, inclusive)
WITH [p IN split($parties, ',') | trim(p)] AS parties
MATCH (d:Document)
WHERE d.date IS NOT NULL AND d.date <= $to
  AND COUNT { (:Entity)-[:SIGNED]->(d) } = size(parties)
  AND all(p IN parties WHERE EXISTS { (:Entity {id: p})-[:SIGNED]->(d) })
RETURN d.date AS date, d.title AS title, d.id AS id,
       COLLECT { MATCH (e:Entity)-[:SIGNED]->(d) RETURN e.name ORDER BY e.name } AS signatories
ORDER BY date DESC, id DESC
LIMIT 1
