/**
 * Turns Neo4j's failures of a console query into the console's typed errors. Syntax errors keep
 * Neo4j's message and gain a position in the user's own text: the query was sent behind a prefix
 * of `prefixLines` lines (the `EXPLAIN` line), which the position must not count.
 */
import { Neo4jError } from 'neo4j-driver';
import { DeadlineError } from '../deadline';
import {
  CypherQueryError,
  CypherRefusedError,
  CypherSyntaxError,
  CypherTimeoutError,
  type QueryPosition,
} from './errors';

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

export function syntaxPosition(
  message: string,
  prefixLines: number,
  prefixChars: number,
): QueryPosition | undefined {
  const match = POSITION.exec(message);
  if (!match) return undefined;
  const [, line, column, offset] = match.map(Number) as [number, number, number, number];
  return {
    line: Math.max(1, line - prefixLines),
    column,
    offset: Math.max(0, offset - prefixChars),
  };
}

/** Neo4j's message with its position restated in the user's text; the caret diagram stays. */
function userMessage(message: string, position: QueryPosition | undefined): string {
  if (!position) return message;
  const { line, column, offset } = position;
  return message.replace(POSITION, `(line ${line}, column ${column} (offset: ${offset}))`);
}

export interface Prefix {
  lines: number;
  chars: number;
}

/** A typed console error for a Neo4j failure, or the error itself when it is not the query's. */
export function translateNeo4jError(
  error: unknown,
  timeoutMs: number,
  prefix: Prefix = { lines: 0, chars: 0 },
): unknown {
  if (error instanceof DeadlineError) return new CypherTimeoutError(timeoutMs);
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (code.includes('TransactionTimedOut')) return new CypherTimeoutError(timeoutMs);
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const position = syntaxPosition(error.message, prefix.lines, prefix.chars);
    return new CypherSyntaxError(userMessage(error.message, position), position);
  }
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code.startsWith('Neo.ClientError.Security.')
  ) {
    return new CypherRefusedError(`Neo4j refused it in a read-only transaction (${error.message})`);
  }
  if (code.startsWith('Neo.ClientError.')) return new CypherQueryError(error.message, code);
  return error;
}
