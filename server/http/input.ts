/**
 * Request input shared by the routes: parsing with a zod schema into a 400 that names every bad
 * field, comma-separated lists, paging, and the `:id` of entity routes. Routes import these from
 * here, never from each other.
 */
import { z } from 'zod';
import { formatIssues } from '../../contract/errors';
import { badRequest } from '../errors';

/** Parses request input with a zod schema; a failure is a 400 naming every bad field. */
export function parseWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
  whole = 'input',
): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest(`${what}: ${formatIssues(parsed.error.issues, whole)}`);
  return parsed.data;
}

/** A comma-separated query parameter as a list (absent or empty = no filter). */
export const csv = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

/** `offset` and `limit` of a paged list: each route picks its own bounds and default page. */
export function paging(limit: { max: number; default: number }, maxOffset = 1_000_000) {
  return {
    offset: z.coerce.number().int().min(0).max(maxOffset).default(0),
    limit: z.coerce.number().int().min(1).max(limit.max).default(limit.default),
  };
}

/** The `:id` of /entities/:id, /connections/:id, /timeline/:id. */
export const EntityParams = z.object({ id: z.string().min(1).max(300) });

/** For routes that read no query string: anything (e.g. `?token=`) passes untouched. */
export const NoInput = z.object({});
