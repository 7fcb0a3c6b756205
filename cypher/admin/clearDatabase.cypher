// Deletes every node and relationship in batches (tests and benchmarks only; never exposed).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS;
