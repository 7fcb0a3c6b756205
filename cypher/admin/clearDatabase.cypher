// Deletes every relationship, then every node, in batches (tests and benchmarks only; never
// exposed). Relationships first: detaching a hub node with all its relationships in one inner
// transaction would exceed the per-transaction memory cap (db.memory.transaction.max).
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
