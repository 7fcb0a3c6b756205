// name: Absent from one statement of a series
// description: Entities named in most statements of a series (documents signed by exactly the same parties) but not in this one — e.g. a trilateral statement that does not name the DPRK.
// param: document string = 'doc:2025-09-22-joint-statement-from-the-trilateral-meeting-of-the-united-states-of-america' — id of the statement to check
MATCH (d:Document {id: $document})
WITH d, COLLECT { MATCH (p:Entity)-[:SIGNED]->(d) RETURN p.id } AS parties
WHERE size(parties) > 0
MATCH (s:Document)
WHERE COUNT { (:Entity)-[:SIGNED]->(s) } = size(parties)
  AND all(p IN parties WHERE EXISTS { (:Entity {id: p})-[:SIGNED]->(s) })
WITH d, parties, collect(s) AS series
UNWIND series AS s
MATCH (s)<-[:IN]-(:Sentence)-[:MENTIONS]->(e:Entity)
WHERE NOT e.id IN parties
WITH d, size(series) AS seriesSize, e, count(DISTINCT s) AS namedIn
WHERE namedIn * 2 > seriesSize
  AND NOT EXISTS { (d)<-[:IN]-(:Sentence)-[:MENTIONS]->(e) }
RETURN e.name AS entity, e.type AS type, namedIn, seriesSize, d.title AS document, e AS node
ORDER BY namedIn DESC, entity
