/**
 * "met … on the margins of the United Nations General Assembly": the Assembly there is the venue,
 * its yearly session, an `Event`, not the body that votes (gold conventions, session 10; named
 * `77th session of the UN General Assembly`, gold 2022-09-21, 2022-12-15, 2023-07-27). The
 * General Assembly's Nth regular session opens each September, in 1945 + N, and runs to the next
 * September: a statement from January to August means the session under way, or, looking forward
 * ("will", "next", "upcoming"), the one that opens that September.
 */
import { yearMonth } from '../read/dates';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { renameEvents } from './renameEvents';

const ASSEMBLY_ID = entityIdFor('Organization', 'UN General Assembly');
/**
 * What makes the Assembly a venue: a meeting held at its margins or during it ("during the United
 * Nations General Assembly meetings in New York", gold 2023-09-21). "last year’s" is the session
 * whose high-level week was the year before (gold 2024-07-30: the 78th, in July 2024).
 */
const VENUE_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:margins|margin|sidelines) of|during) (?:the |(last year[’']s) )?$/;
const FORWARD = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|next|upcoming|forthcoming)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
const FIRST_SESSION_YEAR = 1945;
const OPENING_MONTH = 9;

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The session's name for a statement of `isoDate`, or undefined without a date. */
export function assemblySession(isoDate: string | undefined, forward: boolean): string | undefined {
  const date = yearMonth(isoDate);
  if (!date) return undefined;
  const opened = date.month + 1 >= OPENING_MONTH || forward;
  const session = date.year - FIRST_SESSION_YEAR - (opened ? 0 : 1);
  return `${ordinal(session)} session of the UN General Assembly`;
}

/** September of the year before `isoDate`'s, when last year's session opened. */
function yearBefore(isoDate: string | undefined): string | undefined {
  const date = yearMonth(isoDate);
  return date ? `${date.year - 1}-${String(OPENING_MONTH).padStart(2, '0')}-01` : undefined;
}

/** Re-points each Assembly hit that is a venue to that year's session. */
export function assemblySessions(
  text: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  isoDate: string | undefined,
): void {
  renameEvents(sentences, hitsBySentence, (hit, sentence) => {
    if (hit.entityId !== ASSEMBLY_ID) return undefined;
    const venue = VENUE_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
    if (!venue) return undefined;
    if (venue[1]) return assemblySession(yearBefore(isoDate), true);
    return assemblySession(isoDate, FORWARD.test(sentence.text));
  });
}
