// Schema of the communique graph: one uniqueness constraint per node key, a full-text index over
// entity names and aliases for search, and range indexes the API filters on.
// Applied by db/schema.ts at every start; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (c:Commitment) REQUIRE c.id IS UNIQUE;
CREATE INDEX sentence_doc IF NOT EXISTS FOR (s:Sentence) ON (s.docId);
CREATE INDEX commitment_doc IF NOT EXISTS FOR (c:Commitment) ON (c.docId);
CREATE INDEX commitment_stance IF NOT EXISTS FOR (c:Commitment) ON (c.stance);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// Which documents support an entity-to-entity relation: one node per (document, relation), found
// by document when it is deleted and by relation when deciding whether the relation goes too.
CREATE INDEX relation_support_doc IF NOT EXISTS FOR (x:RelationSupport) ON (x.docId);
CREATE INDEX relation_support_key IF NOT EXISTS FOR (x:RelationSupport) ON (x.key);
// Curation (cypher/curation/): overrides by id; a rejected commitment leaves the :Commitment
// label, so it needs its own indexes to be found by id (undo) and by document (re-ingest).
CREATE CONSTRAINT override_id IF NOT EXISTS FOR (o:Override) REQUIRE o.id IS UNIQUE;
CREATE INDEX override_target IF NOT EXISTS FOR (o:Override) ON (o.target);
CREATE INDEX rejected_commitment_id IF NOT EXISTS FOR (c:RejectedCommitment) ON (c.id);
CREATE INDEX rejected_commitment_doc IF NOT EXISTS FOR (c:RejectedCommitment) ON (c.docId);
