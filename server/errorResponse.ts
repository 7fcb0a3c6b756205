/**
 * Every failure as `{error: {code, message}}` with the right status. The database's own failures
 * (down, frozen, pool exhausted, deadline passed) are 503 with a plain message and a Retry-After:
 * the raw driver text (addresses, ECONNREFUSED…) goes to the log, not to the page.
 */
import { Neo4jError } from 'neo4j-driver';
import { MalformedRowError } from './db';
import { DeadlineError } from './deadline';
import { type ErrorBody, HttpError } from './errors';

const SERVICE_UNAVAILABLE = ['ServiceUnavailable', 'SessionExpired'];
// The pool's "Connection acquisition timed out in N ms" carries no code of its own.
const ACQUISITION_TIMEOUT = /acquisition timed out/i;

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** The database is the problem: worth logging as a warning, not as a server bug. */
  database?: boolean;
}

function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DeadlineError) return true;
  if (!(error instanceof Neo4jError)) return false;
  return SERVICE_UNAVAILABLE.includes(error.code) || ACQUISITION_TIMEOUT.test(error.message);
}

export const DATABASE_UNAVAILABLE: ErrorBody = {
  error: {
    code: 'database_unavailable',
    message:
      'the database is not answering (down, restarting or overloaded); retry in a few seconds',
  },
};

export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof MalformedRowError) {
    return {
      status: 500,
      body: {
        error: {
          code: 'malformed_row',
          message: 'the database returned data this server does not understand; see the server log',
        },
      },
    };
  }
  if (isDatabaseUnavailable(error))
    return { status: 503, body: DATABASE_UNAVAILABLE, database: true };
  const fastifyStatus = (error as { statusCode?: number }).statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    const code = (error as { code?: string }).code ?? 'bad_request';
    return { status: fastifyStatus, body: { error: { code: code.toLowerCase(), message } } };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'internal error; see the server log' } },
  };
}
