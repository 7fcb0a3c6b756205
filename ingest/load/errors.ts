/** Typed errors of the load side; the CLI prints `message` as is and tests check `name`. */

/** Neo4j could not be reached (refused, reset, timed out) while loading. */
export class ConnectionLostError extends Error {
  override name = 'ConnectionLostError';
  /** The connection broke while COMMIT was in flight: the batch may or may not be stored. */
  readonly commitUnknown: boolean;
  constructor(message: string, commitUnknown: boolean, cause: unknown) {
    super(message, { cause });
    this.commitUnknown = commitUnknown;
  }
}

/** A file was read and extracted but names no entity: a graph of it would be empty. */
export class NoEntitiesError extends Error {
  override name = 'NoEntitiesError';
  readonly path: string;
  constructor(path: string) {
    super(
      `ingest: ${path} names no recognisable country, official, organisation or other entity, so it was not loaded; check that it is a diplomatic statement.`,
    );
    this.path = path;
  }
}

/** The ingest stopped after repeated connection failures; `committed` is exact. */
export class IngestAbortedError extends Error {
  override name = 'IngestAbortedError';
  constructor(
    message: string,
    /** Documents whose transaction committed before the stop. */
    readonly committed: string[],
    /** Documents whose COMMIT was in flight when the connection broke (stored or not). */
    readonly uncertain: string[],
    cause: unknown,
  ) {
    super(message, { cause });
  }
}
