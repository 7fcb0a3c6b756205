/**
 * HTTP errors the API answers with `{error: {code, message}}`. Route modules throw these; the
 * app's error handler turns them (and Neo4j's own failures) into responses.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'bad_request') =>
  new HttpError(400, code, message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

export type { ErrorBody } from '../contract/api';
