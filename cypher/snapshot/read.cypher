// The persisted first view (server/snapshot/store.ts): the newest snapshot of this name. No
// version parameter, so a server can send it at start together with the version read (each is
// planned on its own, ~1 s on a just-started Neo4j); the server compares the versions. The
// payload is returned only within $maxBytes, so an oversized one is never transferred.
MATCH (s:AnswerSnapshot {name: $name})
RETURN s.version AS version, s.format AS format, s.sha256 AS sha256, s.bytes AS bytes,
       CASE WHEN s.bytes <= $maxBytes THEN s.payload END AS payload
ORDER BY s.writtenAt DESC
LIMIT 1;
