// Replaces the persisted first view of this name (server/snapshot/store.ts), in a write
// transaction of its own on the API's driver (the console's driver only reads). A node with no
// relationships and a label of its own: the ingest version (cypher/api/ingestVersion.cypher)
// counts nothing it changes, so storing a snapshot never invalidates the answers it holds.
// Two servers storing at once may leave two nodes of one version (the same answers: the first
// view is deterministic); the reader takes one and the next write replaces both.
CALL () {
  MATCH (old:AnswerSnapshot {name: $name})
  DETACH DELETE old
}
CREATE (:AnswerSnapshot {
  name: $name,
  version: $version,
  format: $format,
  sha256: $sha256,
  bytes: $bytes,
  payload: $payload,
  writtenAt: datetime()
});
