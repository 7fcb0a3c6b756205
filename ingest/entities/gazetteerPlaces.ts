/**
 * A name of the general gazetteer (data/lexicon/places.json) is a place only where the sentence
 * uses it as one: after a locative ("talks in Aqaba", "traveled to San Diego", "visit Gujarat")
 * or as a city its region locates ("Windsor, Ontario"). Elsewhere the same string is mostly a
 * word of a longer name ("the Windsor Framework", "Lima Group"), a surname or a ship.
 */
import type { Lexicon } from '../lexicon';
import type { Candidate } from './matchLexicon';

/** The word before: a preposition or verb of place, or "the city/province/state of". */
const LOCATIVE =
  /\b(?:in|at|to|from|near|outside|into|across|around|throughout|via|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:city|province|state|region|island) of) $/;
/** Right after: another capitalised word or a hyphenated compound continues a longer name. */
const CONTINUES = /^(?: (?:[A-Z0-9]|of [A-Z]|de [A-Z])|-\p{L})/u;
/** Right before: a capitalised word makes it the tail of a longer name ("Greater Windsor"). */
const PRECEDED = /[A-Z][\w’'.-]* $/;
/** "Windsor, Ontario": a city followed by the region that locates it. */
const LOCATED = /^, [A-Z][a-z]/;

export function gazetteerOutOfPlace(
  lexicon: Lexicon,
  text: string,
  offset: number,
  candidate: Candidate,
): boolean {
  if (candidate.source !== 'lexicon' || !lexicon.entities.get(candidate.entityId)?.gazetteer)
    return false;
  const start = candidate.start - offset;
  const end = candidate.end - offset;
  const after = text.slice(end, end + 4);
  if (CONTINUES.test(after)) return true;
  const before = text.slice(Math.max(0, start - 32), start);
  if (LOCATIVE.test(before)) return false;
  if (PRECEDED.test(before)) return true;
  return !(lexicon.entities.get(candidate.entityId)?.city && LOCATED.test(after));
}
