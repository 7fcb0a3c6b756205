/**
 * A name of the general gazetteer (data/lexicon/places.json) is a place only where the sentence
 * uses it as one: after a locative ("talks in Aqaba", "traveled to San Diego", "visit Gujarat")
 * or as a city its region locates ("Windsor, Ontario"). Elsewhere the same string is mostly a
 * word of a longer name ("the Windsor Framework", "Lima Group"), a surname or a ship.
 */
import type { Lexicon } from '../lexicon';
import type { Candidate } from './matchLexicon';

/**
 * The word before: a preposition or verb of place, or "the city/province/state of". Whitespace
 * rather than a space: a statement's lines break anywhere ("in\nSan Diego").
 */
const LOCATIVE =
  /\b(?:in|at|to|from|near|outside|into|across|around|throughout|via|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:city|province|state|region|island|deserts?|mountains?|streets|outskirts) of)\s$/i;
/** "Ethiopia’s Tigray region", "the Kherson oblast": a lowercase place head right after. */
const PLACE_HEAD_AFTER = /^\s(?:region|province|governorate|oblast|district)\b/;
/**
 * Right after: another capitalised word or a hyphenated or slashed compound continues a longer
 * name ("the Aqaba/Sharm format").
 */
const CONTINUES = /^(?:\s(?:[A-Z0-9]|of\s[A-Z]|de\s[A-Z])|[-/]\p{L})/u;
/** Right before: a capitalised word makes it the tail of a longer name ("Greater Windsor"). */
const PRECEDED = /[A-Z][\w’'.-]*\s$/;
/**
 * "the University of Texas at El Paso", "Hospital at Ann Arbor": "at" right after a capitalised
 * word names a campus, the city a word of the institution's name.
 */
const CAMPUS = /[A-Z][\w’'.-]*\sat\s$/;

export function gazetteerOutOfPlace(
  lexicon: Lexicon,
  text: string,
  offset: number,
  candidate: Candidate,
  matched: readonly Candidate[],
): boolean {
  const entity =
    candidate.source === 'lexicon' ? lexicon.entities.get(candidate.entityId) : undefined;
  if (!entity?.gazetteer) return false;
  const start = candidate.start - offset;
  const end = candidate.end - offset;
  const after = text.slice(end, end + 4);
  if (CONTINUES.test(after)) return true;
  const before = text.slice(Math.max(0, start - 32), start);
  if (LOCATIVE.test(before)) return CAMPUS.test(before);
  if (PLACE_HEAD_AFTER.test(text.slice(end, end + 14))) return false;
  if (PRECEDED.test(before)) return true;
  return !(entity.city && locatedBy(lexicon, candidate, matched));
}

/**
 * "Windsor, Ontario": a city followed by a country or a region (no city) that locates it. A
 * city after the comma makes a list ("Phoenix, Los Angeles"), as does any other name.
 */
function locatedBy(lexicon: Lexicon, city: Candidate, matched: readonly Candidate[]): boolean {
  return matched.some((hit) => {
    if (hit.start !== city.end + 2) return false;
    if (hit.type === 'Country') return true;
    return hit.type === 'Region' && !lexicon.entities.get(hit.entityId)?.city;
  });
}
