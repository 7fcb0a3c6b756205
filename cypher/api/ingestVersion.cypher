// What the API's answer cache keys on: the version the loader bumps (cypher/load/
// bumpIngestVersion.cypher) and, so that a loader that does not bump it still invalidates, the
// store's node and relationship counts. Every count here comes from Neo4j's count store: O(1).
CALL () { OPTIONAL MATCH (s:IngestState) RETURN collect(s.version) AS versions }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (c:Commitment) RETURN count(c) AS commitments }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN versions, documents, commitments, entities, sentences, relationships;
