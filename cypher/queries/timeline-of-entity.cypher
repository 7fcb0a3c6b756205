// name: Timeline of an entity
// description: An entity's commitments by document date (as actor, subject or target), each marked first / restated / last seen within its position (actors' countries and the stance family of data/rules/stance-families.json), with the date the position was first stated.
// param: entity string = 'country:prk' — id of the entity
MATCH (e:Entity {id: $entity})-[:MADE|ABOUT|TARGETS]-(c:Commitment)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
WITH DISTINCT e, c, s, d
WITH e, c, s, d,
  COLLECT {
    MATCH (a:Entity)-[:MADE]->(c)
    OPTIONAL MATCH (a)-[:REPRESENTS]->(k:Country)
    WITH DISTINCT coalesce(k, a) AS party
    RETURN party.name AS name ORDER BY name
  } AS countries,
  CASE
    WHEN c.stance IN ['commit', 'reaffirm'] THEN 'commit'
    WHEN c.stance IN ['recognize', 'welcome', 'support'] THEN 'endorse'
    WHEN c.stance IN ['concern', 'oppose', 'condemn'] THEN 'disapprove'
    WHEN c.stance IN ['encourage', 'call', 'urge'] THEN 'appeal'
    ELSE 'other'
  END AS family
ORDER BY d.date, s.index
WITH e, countries, family,
     collect({date: d.date, docId: d.id, document: d.title, stance: c.stance, trigger: c.trigger, sentence: s.text}) AS said
UNWIND said AS x
RETURN x.date AS date, x.document AS document, countries, family, x.stance AS stance,
       x.trigger AS trigger,
       CASE
         WHEN said[0].docId = said[-1].docId THEN 'only'
         WHEN x.docId = said[0].docId THEN 'first'
         WHEN x.docId = said[-1].docId THEN 'last seen'
         ELSE 'restated'
       END AS mark,
       said[0].date AS firstStated, x.sentence AS sentence
ORDER BY date, document
