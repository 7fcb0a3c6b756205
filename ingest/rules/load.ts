/**
 * Rules as data: every rule file under data/rules/ (and every lexicon) is imported statically, so
 * `extract()` stays free of I/O and runs unchanged in worker threads, then validated here once,
 * at module load. A domain expert who breaks a file gets one line naming the file and the field.
 */
import type { z } from 'zod';

export class RulesError extends Error {
  override name = 'RulesError';
}

/** Validates `json` (the content of data/<file>) against `schema`, or throws a RulesError. */
export function parseRules<S extends z.ZodType>(
  file: string,
  schema: S,
  json: unknown,
): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new RulesError(
    `rules: data/${file} is invalid at ${where}: ${issue?.message ?? 'unknown problem'}; fix the file and run again.`,
  );
}
