/**
 * A name of the general gazetteer (data/lexicon/places.json) is a place only where the sentence
 * uses it as one: after a locative ("talks in Aqaba", "traveled to San Diego", "visit Gujarat")
 * or as a city its region locates ("Windsor, Ontario"). Elsewhere the same string is mostly a
 * word of a longer name ("the Windsor Framework", "Lima Group"), a surname or a ship.
 */
import type { Lexicon } from '../lexicon';
import { PLACE } from './locators';
import type { Candidate } from './matchLexicon';

/**
 * The word before: a preposition or verb of place, or "the city/province/state of". Whitespace
 * rather than a space: a statement's lines break anywhere ("in\nSan Diego").
 */
const LOCATIVE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|at|to|from|near|outside|into|across|around|throughout|via|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:city|province|state|region|island|deserts?|mountains?|streets|outskirts|people) of)\s$/i;
/** "Ethiopia’s Tigray region", "the Kherson oblast": a lowercase place head right after. */
const PLACE_HEAD_AFTER = /^\s(?:region|province|governorate|oblast|district)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/**
 * Right after: another capitalised word or a hyphenated or slashed compound continues a longer
 * name ("the Aqaba/Sharm format").
 */
const CONTINUES =
  /^(?:\s(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9]|of\s[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]|de\s[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])|[-/]\p{L})/u;
/** Right before: a capitalised word makes it the tail of a longer name ("Greater Windsor"). */
const PRECEDED = /[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\s$/;
/**
 * "as it flew over Lockerbie, Scotland", "near Sangde-po, Gyeonggi": a region (no city) after a
 * place a locative introduces and a comma locates that place (localities in locators.ts), so it
 * is one in place. "of" and "at" are left out: "University of Nevada, Las Vegas", "at Harvard,".
 */
const LOCATES_LOCALITY = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|near|from|outside|around|over) ${PLACE}, $`,
  'u',
);
/**
 * "the University of Texas at El Paso", "Hospital at Ann Arbor": "at" right after a capitalised
 * word names a campus, the city a word of the institution's name.
 */
const CAMPUS = /[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\sat\s$/;

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
  if (!entity.city && LOCATES_LOCALITY.test(text.slice(Math.max(0, start - 64), start)))
    return false;
  if (coordinatedWithPlace(lexicon, text, offset, candidate, matched)) return false;
  return !(entity.city && locatedBy(lexicon, candidate, matched));
}

/**
 * " and ", ", and ", " or " between two items of a list. A bare comma is left out: "Los Angeles,
 * Indiana" in a longer list, "University of Nevada, Las Vegas" are no pair of places (helpers'
 * sample).
 */
const COORDINATOR = /^,? (?:and|or)\s$/;

/**
 * "rocket attacks … against Jerusalem and Tel Aviv", "Spain’s bases in Rota and Morón": a list's
 * item coordinated with a place is a place too (gold 2021-05-11, 2022-06-28 declare each). The other item is a curated place
 * (a Region of the lexicon's own) or a gazetteer name a locative introduces; a country is left
 * out, as "Canada and Windsor" is rarer than a name's word after a country.
 */
function coordinatedWithPlace(
  lexicon: Lexicon,
  text: string,
  offset: number,
  candidate: Candidate,
  matched: readonly Candidate[],
): boolean {
  return matched.some((hit) => {
    if (hit === candidate || hit.type !== 'Region') return false;
    const between =
      hit.end <= candidate.start
        ? text.slice(hit.end - offset, candidate.start - offset)
        : candidate.end <= hit.start
          ? text.slice(candidate.end - offset, hit.start - offset)
          : undefined;
    if (between === undefined || between.length > 6 || !COORDINATOR.test(between)) return false;
    if (!lexicon.entities.get(hit.entityId)?.gazetteer) return true;
    const hitStart = hit.start - offset;
    return LOCATIVE.test(text.slice(Math.max(0, hitStart - 32), hitStart));
  });
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
