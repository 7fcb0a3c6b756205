/**
 * "President Moon’s visit to Washington": an official's visit, trip or travel to a named place
 * is one Event (gold conventions, session 8). The official and the place stay entities of the
 * statement, nested in the Event, so that the clause is about the visit, not about the person
 * and the city (about-granularity).
 */
import { TITLE_BEFORE } from '../rules/titles';
import type { Candidate } from './matchLexicon';
import { candidateAt } from './namedPhrases';

/** "’s visit to", "’s first state visit to the", "’s recent trip to". */
const VISIT =
  /^[’']s (?:(?:first|second|recent|historic|official|state|working|upcoming|successful) ){0,2}(?:visit|trip|travel) to (?:the )?/;

export function possessiveVisits(
  text: string,
  offset: number,
  named: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const owner of named) {
    if (owner.type !== 'Official') continue;
    const visit = VISIT.exec(text.slice(owner.end - offset));
    if (!visit) continue;
    const placeAt = owner.end + visit[0].length;
    const place = named.find(
      (hit) => hit.start === placeAt && (hit.type === 'Country' || hit.type === 'Region'),
    );
    if (!place) continue;
    const title = TITLE_BEFORE.exec(
      text.slice(Math.max(0, owner.start - offset - 40), owner.start - offset),
    );
    const start = owner.start - (title?.[0].length ?? 0);
    const surface = text.slice(start - offset, place.end - offset);
    out.push({ ...candidateAt('Event', surface, start, 'phrase'), keepsInner: true });
  }
  return out;
}
