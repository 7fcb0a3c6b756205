// Removes one document and everything only it supported, in order, inside the caller's
// transaction ($docId). Entities and entity-entity relations carry `docs`, the documents that
// support them; they go when the last one does.
MATCH (c:Commitment {docId: $docId}) DETACH DELETE c;
MATCH (s:Sentence {docId: $docId}) DETACH DELETE s;
MATCH (e:Entity)-[r]->(:Entity) WHERE $docId IN e.docs AND $docId IN r.docs
SET r.docs = [x IN r.docs WHERE x <> $docId]
WITH r WHERE size(r.docs) = 0 DELETE r;
MATCH (e:Entity) WHERE $docId IN e.docs
SET e.docs = [x IN e.docs WHERE x <> $docId]
WITH e WHERE size(e.docs) = 0 DETACH DELETE e;
MATCH (d:Document {id: $docId}) DETACH DELETE d;
