/**
 * "the pledge President Biden made at the G7 earlier this year", "the PGII event at the G20 in
 * India", "the announcement made at the G20 to develop the … Corridor": a grouping whose leaders
 * meet in a recurring summit, named bare as where something happened, is that summit (gold 3 of 3
 * such G7/G20 mentions, 2021-10-14, 2023-09-09, 2023-09-20; CONVENTIONS 3.6: a summit that is the
 * venue is an Event). Which groupings: event-series.json `bodies`. Elsewhere the bare name is the
 * grouping, an Organization ("the G7 welcomed", "G7 members": gold 54 of 55 bare "G7" mentions).
 */
import { EVENT_SERIES, type EventSeries } from '../rules/eventSeries';
import type { EntityHit } from '../types';

const BY_BODY = new Map<string, EventSeries>();
for (const series of EVENT_SERIES)
  for (const body of series.bodies ?? []) BY_BODY.set(body, series);

/** Right before the body: the venue's preposition and "the". */
const VENUE_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:at|during|on the (?:margins|sidelines) of) the $/i;
/**
 * Right after it, nothing the body would modify ("at the G20 level", "at the G7’s invitation"):
 * a clause's end, or a word that goes on the sentence ("in India", "earlier this year", "to").
 */
const ENDS_AFTER =
  /^(?:$|[,.;:)—–]| (?:in|on|earlier|later|last|this|next|to|and|where|when|which|that|with|two|three|for)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]))/i;

/** The series whose summit a bare grouping `hit` names as a venue, or undefined. */
export function venueSeries(
  hit: EntityHit,
  text: string,
  sentenceStart: number,
): EventSeries | undefined {
  if (hit.type !== 'Organization' || hit.nested) return undefined;
  const series = BY_BODY.get(hit.text);
  if (!series) return undefined;
  const before = text.slice(Math.max(sentenceStart, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 20);
  return VENUE_BEFORE.test(before) && ENDS_AFTER.test(after) ? series : undefined;
}
