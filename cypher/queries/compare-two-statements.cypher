// name: Compare two statements
// description: Positions new in the later statement, restated in both, or dropped from it, keyed by the actors' countries, the stance family (data/rules/stance-families.json) and what they are about, with the sentence of each side.
// param: before string = 'doc:2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors' — id of the earlier document
// param: after string = 'doc:2025-09-22-joint-statement-from-the-trilateral-meeting-of-the-united-states-of-america' — id of the later document
MATCH (c:Commitment)-[:ABOUT]->(x:Entity)
WHERE c.docId IN [$before, $after]
MATCH (c)-[:EVIDENCED_BY]->(s:Sentence)
WITH c, x, s,
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
WITH countries, family, x,
     collect(CASE WHEN c.docId = $before THEN c.trigger + ': ' + s.text END) AS beforeSentences,
     collect(CASE WHEN c.docId = $after THEN c.trigger + ': ' + s.text END) AS afterSentences
RETURN CASE
         WHEN size(beforeSentences) = 0 THEN 'new'
         WHEN size(afterSentences) = 0 THEN 'dropped'
         ELSE 'restated'
       END AS change,
       countries, family, x.name AS about, x.type AS type,
       beforeSentences[0] AS before, afterSentences[0] AS after, x AS entity
ORDER BY change DESC, about
