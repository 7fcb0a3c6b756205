// Absence: for each document of $docs, its series (the documents signed by exactly the same
// parties) and the entities named in most of the series (more than half, series of at least
// $minSeries) but not in this document. The parties themselves are not flagged. Documents are
// grouped by their parties first, so a set of forty statements of one series reads the series
// and counts its entities once, not forty times.
UNWIND $docs AS docId
MATCH (d:Document {id: docId})
WITH d, COLLECT { MATCH (p:Entity)-[:SIGNED]->(d) RETURN p.id AS p ORDER BY p } AS parties
WHERE size(parties) > 0
WITH parties, collect(d) AS docs
CALL (parties) {
  MATCH (:Entity {id: head(parties)})-[:SIGNED]->(s:Document)
  WHERE COUNT { (:Entity)-[:SIGNED]->(s) } = size(parties)
    AND all(p IN parties WHERE EXISTS { (:Entity {id: p})-[:SIGNED]->(s) })
  RETURN collect(s) AS series
}
WITH parties, docs, series
WHERE size(series) >= $minSeries
CALL (parties, series) {
  UNWIND series AS s
  MATCH (s)<-[:IN]-(:Sentence)-[:MENTIONS]->(e:Entity)
  WHERE NOT e.id IN parties
  WITH e, count(DISTINCT s) AS namedIn
  WHERE namedIn * 2 > size(series)
  RETURN collect({e: e, namedIn: namedIn}) AS usual
}
UNWIND docs AS d
UNWIND usual AS u
WITH d, u.e AS e, u.namedIn AS namedIn, size(series) AS seriesSize
WHERE NOT EXISTS { (d)<-[:IN]-(:Sentence)-[:MENTIONS]->(e) }
RETURN e {.id, .name, .type} AS entity, d {.id, .title, .date} AS document, seriesSize, namedIn
ORDER BY namedIn DESC, entity.name
LIMIT toInteger($limit);
