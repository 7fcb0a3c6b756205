// Marks the graph as changed: the API's answer cache (server/cache.ts) keys on this version, so
// every server replica drops what it computed before. Run as the last statement of each write
// transaction that loads, replaces or deletes documents; a random value (not a counter) so that
// clearing the database and loading again never repeats an earlier version.
MERGE (s:IngestState {id: 'ingest'})
SET s.version = randomUUID(), s.updatedAt = datetime();
