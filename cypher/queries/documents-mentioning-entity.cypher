// name: Documents that mention an entity
// description: The statements that mention an entity, how often, with the first sentences that do.
// param: entity string = 'country:prk' — id of the entity
MATCH (e:Entity {id: $entity})<-[m:MENTIONS]-(s:Sentence)-[:IN]->(d:Document)
WITH e, d, s ORDER BY s.index
RETURN d.id AS document, d.title AS title, d.date AS date, count(s) AS mentions,
       collect(s.text)[..3] AS sentences, e AS entity
ORDER BY date DESC, mentions DESC
