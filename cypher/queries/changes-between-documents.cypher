// name: What changed between two documents
// description: Stances on subjects stated in one document and not the other: new in the later one, or dropped from it.
// param: before string = 'doc:2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors' — id of the earlier document
// param: after string = 'doc:2025-09-22-joint-statement-from-the-trilateral-meeting-of-the-united-states-of-america' — id of the later document
MATCH (c:Commitment)-[:ABOUT]->(x:Entity)
WHERE c.docId IN [$before, $after]
WITH c.stance AS stance, x, collect(DISTINCT c.docId) AS docs, collect(c) AS commitments
WHERE size(docs) = 1
RETURN CASE docs[0] WHEN $after THEN 'new' ELSE 'dropped' END AS change, stance, x.name AS subject,
       x.type AS type, commitments[0].text AS example, x AS entity, commitments
ORDER BY change, subject, stance
