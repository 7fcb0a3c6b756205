// name: What connects to an entity, in a date range
// description: The lens with its time filter: entities sharing a commitment with an entity (as actor, about or target), counting only the commitments of documents dated from..to (ISO dates, inclusive; undated documents are out), with the first and last date and one sentence each. Set `from` to the date of "Last statement of the same parties" for "since the last trilateral statement".
// param: entity string = 'country:prk' — id of the entity the lens is on
// param: from string = '2022-01-01' — first date in range (ISO, inclusive)
// param: to string = '9999-12-31' — last date in range (ISO, inclusive)
MATCH (x:Entity {id: $entity})-[:MADE|ABOUT|TARGETS]-(c:Commitment)-[:MADE|ABOUT|TARGETS]-(o:Entity)
WHERE o <> x
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
WHERE d.date >= $from AND d.date <= $to
WITH o, c, s, d ORDER BY d.date, s.index
WITH o, count(DISTINCT c) AS commitments, collect(d.date) AS dates, collect(s.text)[0] AS sentence
RETURN o.name AS entity, o.type AS type, commitments, dates[0] AS firstDate, dates[-1] AS lastDate,
       sentence, o AS node
ORDER BY commitments DESC, entity
