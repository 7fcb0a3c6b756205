/**
 * What can go wrong with a console query, as typed errors the route turns into HTTP answers:
 * refused (403), too complex (400), Neo4j's syntax error with its position (400), other query
 * errors (400), busy (429) and the deadline (408).
 */

export class CypherRefusedError extends Error {
  override name = 'CypherRefusedError';
  constructor(readonly reason: string) {
    super(`refused: ${reason}`);
  }
}

export interface QueryPosition {
  /** 1-based, in the query as the user sent it. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based character offset. */
  offset: number;
}

export class CypherSyntaxError extends Error {
  override name = 'CypherSyntaxError';
  constructor(
    message: string,
    readonly position: QueryPosition | undefined,
  ) {
    super(message);
  }
}

/** Neo4j rejected the query for a reason other than syntax (missing parameter, type error…). */
export class CypherQueryError extends Error {
  override name = 'CypherQueryError';
  constructor(
    message: string,
    readonly neo4jCode: string,
  ) {
    super(message);
  }
}

/** The query or its parameters exceed the console's complexity limit (400); nothing was run. */
export class CypherComplexityError extends Error {
  override name = 'CypherComplexityError';
  constructor(readonly reason: string) {
    super(`too complex: ${reason}`);
  }
}

/** CYPHER_CONCURRENCY console queries are still running in Neo4j (429): try again shortly. */
export class CypherBusyError extends Error {
  override name = 'CypherBusyError';
  constructor(readonly running: number) {
    super(
      `the console already has ${running} queries running in Neo4j (earlier ones may still be stopping); retry in a few seconds`,
    );
  }
}

export class CypherTimeoutError extends Error {
  override name = 'CypherTimeoutError';
  /** Neo4j answered the plan, or a ping, before the deadline: it is alive, just busy. */
  neo4jAnswered = false;
  constructor(readonly timeoutMs: number) {
    super(`the query ran longer than ${timeoutMs} ms and was stopped`);
  }
}
