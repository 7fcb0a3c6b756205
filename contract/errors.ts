/**
 * Error text helpers every part shares (ingest, server, CLI, web): plain functions, no zod at
 * run time, so the browser bundle can import them too.
 */

/** What an unknown thrown value says: an Error's message, anything else as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The shape of a zod issue this needs (structural, so no zod import). */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Validation issues as one line, each naming its field: `limit: Too big; q: Required`. An issue
 * about the whole value (empty path) is named `whole` ("input", "body").
 */
export function formatIssues(issues: readonly IssueLike[], whole = 'input'): string {
  return issues.map((i) => `${i.path.map(String).join('.') || whole}: ${i.message}`).join('; ');
}
