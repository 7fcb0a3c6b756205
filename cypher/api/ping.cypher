// Liveness: the cheapest round trip through Neo4j, to tell a slow query from a frozen server.
RETURN 1 AS ok;
