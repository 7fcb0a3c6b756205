// Removes what document $docId brought (its sentences, commitments, signatories and whatever
// only it supported) but keeps the Document node, whose lock the caller holds while reloading it.
// Work is proportional to the document: its commitments and sentences by indexed docId, its
// SUPPORTS links and RelationSupport nodes; a shared entity or relation is never rewritten, only
// deleted when this was its last supporting document.
MATCH (c:Commitment {docId: $docId}) DETACH DELETE c;
// A commitment an analyst rejected (cypher/curation/) goes too: the reload brings it back and
// the loader's re-applied override rejects it again.
MATCH (c:RejectedCommitment {docId: $docId}) DETACH DELETE c;
MATCH (s:Sentence {docId: $docId}) DETACH DELETE s;
MATCH (x:RelationSupport {docId: $docId})
WITH x, x.key AS key, x.type AS type, x.from AS from, x.to AS to
DELETE x
WITH DISTINCT key, type, from, to
ORDER BY key
MATCH (a:Entity {id: from})
// Lock the relation's start node before deciding, as upsertRelations does before its MERGE: a
// concurrent loader either committed its support already (seen here) or waits for this delete.
SET a.loaderLock = true
REMOVE a.loaderLock
WITH a, key, type, to
WHERE NOT EXISTS { MATCH (:RelationSupport {key: key}) }
MATCH (a)-[r]->(:Entity {id: to})
// A relation of a hidden entity is kept as CURATED_<type> (cypher/curation/apply.cypher).
WHERE type(r) = type OR type(r) = 'CURATED_' + type
DELETE r;
MATCH (:Document {id: $docId})-[s:SUPPORTS]->(e:Entity)
DELETE s
WITH DISTINCT e
ORDER BY e.id
// Lock before deciding: a loader linking this entity holds its lock until it commits (then its
// SUPPORTS is seen here), and one that comes later finds the entity gone and retries.
SET e.loaderLock = true
REMOVE e.loaderLock
WITH e
WHERE NOT EXISTS { (e)<-[:SUPPORTS]-(:Document) }
DETACH DELETE e;
MATCH (:Entity)-[r:SIGNED]->(:Document {id: $docId}) DELETE r;
