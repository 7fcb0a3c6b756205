// The persisted first view (server/snapshot/store.ts): the snapshot of this name for $version
// if there is one, else the newest (only to say why it is not used). Its payload is returned
// only when it is for $version and within $maxBytes, so a stale or oversized one is not read.
MATCH (s:AnswerSnapshot {name: $name})
RETURN s.version AS version, s.format AS format, s.sha256 AS sha256, s.bytes AS bytes,
       CASE WHEN s.version = $version AND s.bytes <= $maxBytes THEN s.payload END AS payload
ORDER BY s.version = $version DESC, s.writtenAt DESC
LIMIT 1;
