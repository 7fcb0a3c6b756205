// Removes what document $docId brought (its sentences, commitments, signatories and whatever
// only it supported) but keeps the Document node, whose lock the caller holds while reloading it.
// Work is proportional to the document: its commitments and sentences by indexed docId, its
// SUPPORTS links and RelationSupport nodes; a shared entity or relation is never rewritten, only
// deleted when this was its last supporting document.
MATCH (c:Commitment {docId: $docId}) DETACH DELETE c;
MATCH (s:Sentence {docId: $docId}) DETACH DELETE s;
MATCH (x:RelationSupport {docId: $docId})
WITH x, x.key AS key, x.type AS type, x.from AS from, x.to AS to
DELETE x
WITH DISTINCT key, type, from, to
WHERE NOT EXISTS { MATCH (:RelationSupport {key: key}) }
MATCH (:Entity {id: from})-[r]->(:Entity {id: to})
WHERE type(r) = type
DELETE r;
MATCH (:Document {id: $docId})-[s:SUPPORTS]->(e:Entity)
DELETE s
WITH DISTINCT e
WHERE NOT EXISTS { (e)<-[:SUPPORTS]-(:Document) }
DETACH DELETE e;
MATCH (:Entity)-[r:SIGNED]->(:Document {id: $docId}) DELETE r;
