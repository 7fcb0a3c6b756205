/**
 * "Prime Minister Okafor’s recent visit to Lagos" → `Prime Minister Okafor’s visit to Lagos (March
 * 2024)`: an official's visit is named by who went where and when, month and year (gold
 * conventions: a recalled or planned visit is an `Event` with a descriptive dated name; the same
 * official's visit to the same place in another year is another visit, and ids come from names).
 * How the text rates or places it in time ("recent", "successful", "upcoming") is no part of the
 * name. The month is the text's own ("… visit to Israel in July 2022") or, for a visit the text
 * calls recent or upcoming, the statement's; a visit with neither keeps its undated name.
 */
import { yearMonth } from '../read/dates';
import { MONTH_ALTERNATION, MONTHS } from '../rules/months';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { renameEvents } from './renameEvents';

/** Owner's possessive, the modifiers that rate or time the visit, then the visit itself. */
const VISIT_NAME =
  /^(.+?[’']s )((?:(?:recent|successful|historic|upcoming|ongoing) )+)?((?:(?:first|second|official|state|working) )*(?:visit|trip|travel) to .+)$/i;
/** The modifiers that place the visit around the statement's own date ("successful": just over). */
const NEAR_STATEMENT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:recent|successful|upcoming|ongoing)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
const UPCOMING = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])upcoming(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/** The text's own month right after the place: "… to Israel in July 2022", "… to Seoul in May". */
const MONTH_AFTER = new RegExp(
  `^,? in (${MONTH_ALTERNATION})(?: ((?:19|20)\\d\\d))?(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  'u',
);
/** "… visit to Israel later this week", "… next week": the statement's month. */
const WEEK_AFTER = /^,? (?:later this|this|next) week(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** "(July 2022)" for the visit whose mention ends at `tail`, or undefined. */
function visitDate(
  modifiers: string,
  tail: string,
  isoDate: string | undefined,
): string | undefined {
  const { year, month } = yearMonth(isoDate) ?? {};
  const named = MONTH_AFTER.exec(tail);
  if (named) {
    const at = MONTHS.indexOf(named[1] ?? '');
    if (named[2]) return `${named[1]} ${named[2]}`;
    if (year === undefined || month === undefined) return undefined;
    // A past visit's month after the statement's is last year's.
    const past = !UPCOMING.test(modifiers) && at > month;
    return `${named[1]} ${past ? year - 1 : year}`;
  }
  if (year === undefined || month === undefined) return undefined;
  if (WEEK_AFTER.test(tail) || NEAR_STATEMENT.test(modifiers)) return `${MONTHS[month]} ${year}`;
  return undefined;
}

/** Renames the possessive visits of `hitsBySentence` by owner, place and month. */
export function datedVisits(
  text: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  isoDate: string | undefined,
): void {
  renameEvents(sentences, hitsBySentence, (hit, sentence) => {
    if (hit.type !== 'Event' || hit.name) return undefined;
    const visit = VISIT_NAME.exec(hit.text);
    if (!visit) return undefined;
    const [, owner = '', modifiers = '', rest = ''] = visit;
    const tail = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
    const date = visitDate(modifiers, tail, isoDate);
    if (!date && !modifiers) return undefined;
    return `${owner}${rest}${date ? ` (${date})` : ''}`;
  });
}
