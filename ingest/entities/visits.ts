/**
 * "President Moon’s visit to Washington": an official's visit, trip or travel to a named place
 * is one Event (gold conventions, session 8). The official and the place stay entities of the
 * statement, nested in the Event, so that the clause is about the visit, not about the person
 * and the city (about-granularity).
 */

import { caseless } from '../letters';
import { MONTH_ALTERNATION } from '../rules/months';
import { TITLE_BEFORE } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

/**
 * "’s visit to", "’s first state visit to the", "’s recent trip to"; capitalised as a title writes
 * it too ("Prime Minister Modi’s State Visit to Washington", "… Neuberger’s Travel to the …"); the
 * apostrophe alone after a name ending in s ("Vice President Harris’ upcoming visit to Paris", gold
 * 2021-10-29) and a month before the kind ("the Vice President’s May 2022 trip to Abu Dhabi",
 * "President Biden’s mid-July trip to Israel", gold 2023-01-17, 2022-08-23) too.
 */
export const VISIT = new RegExp(
  caseless(
    `^[’']s? (?:(?:first|second|recent|historic|official|state|working|upcoming|successful|mid-(?:${MONTH_ALTERNATION})|(?:${MONTH_ALTERNATION})(?: (?:19|20)\\d\\d)?) ){0,2}(?:visit|trip|travel) to (?:the )?`,
  ),
  'i',
);
/**
 * "President Biden’s visit to New Delhi for the G-20 Leaders’ Summit": a trip to a named meeting
 * is that meeting's (the Event the text names), no visit of its own.
 */
export const FOR_NAMED_MEETING = /^,? (?:for|to attend) (?:the )?[\p{Lu}0-9]/u;

export function possessiveVisits(
  text: string,
  offset: number,
  named: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const owner of named) {
    if (owner.type !== 'Official') continue;
    const visit = VISIT.exec(text.slice(owner.end - offset));
    // The apostrophe alone is a possessive only after a final s ("Harris’", not "Biden’ visit").
    if (!visit || (!/^[’']s/i.test(visit[0]) && !/s$/.test(owner.text))) continue;
    const placeAt = owner.end + visit[0].length;
    // The longest place there: "Washington, D.C.", not "Washington".
    let place: Candidate | undefined;
    for (const hit of named) {
      if (hit.start !== placeAt || (hit.type !== 'Country' && hit.type !== 'Region')) continue;
      if (!place || hit.end > place.end) place = hit;
    }
    if (!place || FOR_NAMED_MEETING.test(text.slice(place.end - offset))) continue;
    const title = TITLE_BEFORE.exec(
      text.slice(Math.max(0, owner.start - offset - 40), owner.start - offset),
    );
    const start = owner.start - (title?.[0].length ?? 0);
    const surface = text.slice(start - offset, place.end - offset);
    out.push({ ...candidateAt('Event', surface, start, 'phrase'), keepsInner: true });
  }
  return out;
}
