/** Neo4j cannot be started or reached; the message says what to install or set. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}
