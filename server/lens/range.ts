/**
 * The lens's time filter: `from` / `to` (ISO dates, inclusive) or `since` (a preset of
 * data/rules/lens-anchors.json, "since the last trilateral statement"). Resolved once per request
 * into the range the answer states and the parameters its Cypher filters on.
 */
import { z } from 'zod';
import type { LensRange } from '../../contract/api';
import type { Database } from '../../db/connect';
import { queryRow } from '../db';
import { HttpError, notFound } from '../errors';
import { DocumentRow } from '../rows';
import { LENS_ANCHORS } from './anchors';

/** A range the analyst asked for that cannot hold (from after to, from and since together). */
class InvalidRangeError extends HttpError {
  override name = 'InvalidRangeError';
  constructor(message: string) {
    super(400, 'invalid_range', message);
  }
}

/** True for a real calendar day (2023-02-30 is not one). */
function isCalendarDate(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

// An empty value (an emptied date input) means "no bound", like an absent one.
const isoDate = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date such as 2023-08-18')
    .refine(isCalendarDate, 'not a calendar date')
    .optional(),
);

const anchorIds = LENS_ANCHORS.map((a) => a.id) as [string, ...string[]];

/** The query fields of the filter, to spread into a route's zod object. */
export const RangeFields = {
  from: isoDate,
  to: isoDate,
  since: z.preprocess((v) => (v === '' ? undefined : v), z.enum(anchorIds).optional()),
};

export interface RangeParams {
  ranged: boolean;
  from: string;
  to: string;
}

/** The range to state and the Cypher parameters for it; a 400 or 404 when it cannot hold. */
export async function resolveRange(
  db: Database,
  query: { from?: string; to?: string; since?: string },
): Promise<{ range: LensRange; params: RangeParams }> {
  const { to = null } = query;
  if (query.since && query.from)
    throw new InvalidRangeError(
      `range: give either from (${query.from}) or since (${query.since}), not both`,
    );
  if (query.from && to && query.from > to)
    throw new InvalidRangeError(
      `range: from (${query.from}) is after to (${to}); swap them or leave one out`,
    );
  let from = query.from ?? null;
  let since: LensRange['since'] = null;
  const rule = LENS_ANCHORS.find((a) => a.id === query.since);
  if (rule) {
    const row = await queryRow(db, 'api/lensAnchor', DocumentRow, {
      signatories: rule.signatories,
      to,
    });
    if (!row)
      throw notFound(
        `range: no dated statement signed by exactly ${rule.signatories.join(', ')}` +
          `${to ? ` on or before ${to}` : ''}; choose another preset or a date range`,
      );
    since = { id: rule.id, label: rule.label, document: row.document };
    from = row.document.date;
  }
  return {
    range: { from, to, since },
    params: {
      ranged: from !== null || to !== null,
      from: from ?? '0000-01-01',
      to: to ?? '9999-12-31',
    },
  };
}
