// name: Positions restated over time
// description: The same commitment restated: positions on an entity, keyed by the actors' countries (officials count for the country they represent) and the stance family of data/rules/stance-families.json, with first and last stated dates, how many statements, and the first and last sentence.
// param: about string = 'country:prk' — id of the entity the positions are about
MATCH (x:Entity {id: $about})<-[:ABOUT]-(c:Commitment)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
WITH x, c, s, d,
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
WITH x, countries, family, collect(d.date) AS dates, collect(DISTINCT d.id) AS docs, collect(s.text) AS sentences
RETURN countries, family, x.name AS about, dates[0] AS firstStated, dates[-1] AS lastStated,
       size(docs) AS documents, size(dates) AS statements, sentences[0] AS firstSentence,
       sentences[-1] AS lastSentence, x AS entity
ORDER BY documents DESC, firstStated, family
