// Absence: for each document of $docs, its series (the documents signed by exactly the same
// parties) and the entities named in most of the series (more than half, series of at least
// $minSeries) but not in this document. The parties themselves are not flagged.
UNWIND $docs AS docId
MATCH (d:Document {id: docId})
WITH d, COLLECT { MATCH (p:Entity)-[:SIGNED]->(d) RETURN p.id } AS parties
WHERE size(parties) > 0
MATCH (s:Document)
WHERE COUNT { (:Entity)-[:SIGNED]->(s) } = size(parties)
  AND all(p IN parties WHERE EXISTS { (:Entity {id: p})-[:SIGNED]->(s) })
WITH d, parties, collect(s) AS series
WHERE size(series) >= $minSeries
UNWIND series AS s
MATCH (s)<-[:IN]-(:Sentence)-[:MENTIONS]->(e:Entity)
WHERE NOT e.id IN parties
WITH d, size(series) AS seriesSize, e, count(DISTINCT s) AS namedIn
WHERE namedIn * 2 > seriesSize
  AND NOT EXISTS { (d)<-[:IN]-(:Sentence)-[:MENTIONS]->(e) }
RETURN e {.id, .name, .type} AS entity, d {.id, .title, .date} AS document, seriesSize, namedIn
ORDER BY namedIn DESC, entity.name
LIMIT toInteger($limit);
