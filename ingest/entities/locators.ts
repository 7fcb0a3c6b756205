/**
 * "in Honolulu, Hawaii", "in Phnom Penh, Cambodia": a state or country after a comma that only
 * locates the city before it is no place the statement names for itself (gold conventions,
 * session 7). It stays an entity only when the text names it elsewhere ("Tokyo, Japan" in a
 * readout that also speaks of Japan).
 */
import type { Lexicon } from '../lexicon';
import { MONTHS } from '../rules/months';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { alternation, TITLE_RULES, TITLE_WORDS } from '../rules/titles';
import type { EntityHit } from '../types';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import type { OfficialFinding } from './officials';

/** A place introduced as where something happens: "in Bali", "outside Beijing". */
const LOCATIVE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|at|to|outside|near|from)\s+(?:the\s+)?$/;
/** "in Bali, Indonesia, and Hanoi": a list goes on after the country. */
const LIST_GOES_ON = /^,? and(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * True when `hit` follows "<city>, " (a lexicon city or a meeting's venue), or is the country
 * after any place the sentence introduces with a locative ("met in Bali, Indonesia").
 */
export function locatesCity(lexicon: Lexicon, text: string, hit: Candidate, before: Candidate[]) {
  if (hit.type !== 'Country' && hit.type !== 'Region') return false;
  // A locator is a known country or region; a place the text alone shows ("in Dublin, County
  // Louth, and County Mayo", placeLists.ts) is an item of a list, never one.
  if (hit.source === 'venue' || hit.source === 'listed') return false;
  if (text.slice(hit.start - 2, hit.start) !== ', ') return false;
  const city = before.find((other) => other.end === hit.start - 2);
  // Nor is the place after a list's item its locator ("in Honolulu, Palm Springs, Detroit").
  if (city?.type !== 'Region' || city.source === 'listed') return false;
  if (city.source === 'venue' || lexicon.entities.get(city.entityId)?.city === true) return true;
  return (
    hit.type === 'Country' &&
    LOCATIVE.test(text.slice(Math.max(0, city.start - 12), city.start)) &&
    !LIST_GOES_ON.test(text.slice(hit.end, hit.end + 6))
  );
}

/** Drops the locator hits (keys `sentence:start`) of entities the text never names otherwise. */
export function dropLocators(hitsBySentence: Map<number, EntityHit[]>, locators: Set<string>) {
  if (locators.size === 0) return;
  const namedElsewhere = new Set<string>();
  for (const [index, hits] of hitsBySentence) {
    for (const hit of hits) {
      if (!locators.has(`${index}:${hit.start}`)) namedElsewhere.add(hit.entityId);
    }
  }
  for (const [index, hits] of hitsBySentence) {
    hitsBySentence.set(
      index,
      hits.filter(
        (hit) => !locators.has(`${index}:${hit.start}`) || namedElsewhere.has(hit.entityId),
      ),
    );
  }
}

/**
 * "in Tokyo Japan" (a comma dropped): a venue run made only of known places is those places,
 * not a new place named "Tokyo Japan".
 */
export function madeOfPlaces(venue: Candidate, lexical: readonly Candidate[]): boolean {
  const places = lexical.filter(
    (hit) =>
      (hit.type === 'Region' || hit.type === 'Country') &&
      hit.start >= venue.start &&
      hit.end <= venue.end,
  );
  if (places.length < 2) return false;
  const covered = places.reduce((sum, hit) => sum + hit.text.replace(/\s/g, '').length, 0);
  return covered === venue.text.replace(/\s/g, '').length;
}

/** A capitalised place name of up to three words ("Buena Vista", "Sangde-po"). */
export const PLACE = `[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\p{L}’'-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\p{L}’'-]*){0,2}`;
/**
 * "of Buena Vista, Georgia", "near Sangde-po, South Korea", "the towns of Pusan and Yeongsan,
 * South Korea", "as it flew over Lockerbie, Scotland": places a preposition introduces and a comma
 * locates (the known place after it).
 */
const LOCATED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|in|near|at|from|outside|around|over) ((${PLACE})(?:,? and (${PLACE}))?), (?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
  'gu',
);
/**
 * What may follow the locator: the sentence's punctuation, an adverb or preposition going on
 * with the clause ("met in Lima, Peru today", "in Uvalde, Texas on Tuesday", "will be in
 * Spangdahlem, Germany to visit the 52nd Fighter Wing": a purpose; "in Searchlight, Nevada – and
 * he": a spaced dash), or the next
 * located place of a list ("in Uvalde, Texas and Buffalo, New York"). A verb after it ("in Gaza,
 * Israel must") makes the country the next clause's subject, so it is no locator.
 */
export const LOCATOR_ENDS = new RegExp(
  `^(?:[,.;:]|$| [–—] | (?:today|yesterday|tonight|this|last|next|earlier|later|on|in|at|during|for|where|when|after|before|since|to)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])| and ${PLACE}, )`,
  'u',
);
/** The next located place of a list after a locator: " and Buffalo, New York". */
const NEXT_LOCATED = new RegExp(`^ and (${PLACE}), (?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`, 'u');
/** Words of titles, bodies and portfolios: "Minister of Foreign Affairs, Japan" names no place. */
export const NOT_PLACE = new RegExp(
  `(?:^|\\s)(?:${alternation([...TITLE_WORDS, ...HEAD_TYPES.keys(), ...TITLE_RULES.departments, ...NAME_RULES.openers, ...MONTHS])})(?=\\s|$)`,
);

/**
 * Small towns no lexicon knows, the way narrative statements write them: a place located by a
 * known country or region right after the comma, the sentence going on after that (not a list
 * of countries). The place is a venue-like candidate, so `locatesCity` drops the locator.
 */
export function localities(
  lexicon: Lexicon,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
  officials: readonly OfficialFinding[],
): Candidate[] {
  const out: Candidate[] = [];
  // Every locator is a known country or region right after ", ": without one the regex, tried
  // at every word boundary, can add nothing (nor are the closures below built, most sentences).
  if (
    !lexical.some((hit) => locates(lexicon, hit) && text.startsWith(', ', hit.start - offset - 2))
  )
    return out;
  const locatorAt = (start: number) =>
    lexical.find((hit) => hit.start === start && locates(lexicon, hit));
  const push = (place: string, start: number) => {
    const span = { start, end: start + place.length };
    if (NOT_PLACE.test(place)) return;
    if (lexical.some((hit) => overlapping(hit, span) && !hyphenPart(text, offset, hit, span)))
      return;
    if (officials.some((official) => overlapping(official.span, span))) return;
    out.push(candidateAt('Region', place, start, 'venue'));
  };
  LOCATED.lastIndex = 0;
  for (let match = LOCATED.exec(text); match; match = LOCATED.exec(text)) {
    let locator = locatorAt(match.index + match[0].length + offset);
    if (!locator || !LOCATOR_ENDS.test(text.slice(locator.end - offset))) continue;
    const listStart = match.index + match[0].indexOf(match[1]!);
    for (const place of [match[2]!, match[3]].filter((p): p is string => !!p)) {
      push(place, listStart + match[1]!.indexOf(place) + offset);
    }
    // "in Uvalde, Texas and Buffalo, New York": the list goes on with located places.
    for (let next = NEXT_LOCATED.exec(text.slice(locator.end - offset)); next; ) {
      const start = locator.end + next[0].indexOf(next[1]!);
      locator = locatorAt(locator.end + next[0].length);
      if (!locator || !LOCATOR_ENDS.test(text.slice(locator.end - offset))) break;
      push(next[1]!, start);
      next = NEXT_LOCATED.exec(text.slice(locator.end - offset));
    }
  }
  return out;
}

/**
 * A country or region locates the place before it; a city of the general gazetteer does not:
 * "at NYU, Columbia, Harvard" is a list, "Bethel AME Church, Wilmington" a building in a city.
 */
function locates(lexicon: Lexicon, hit: Candidate): boolean {
  if (hit.type === 'Country') return true;
  if (hit.type !== 'Region') return false;
  const known = lexicon.entities.get(hit.entityId);
  return !(known?.gazetteer && known.city);
}

/**
 * "in Paris-Saclay, France": a known city joined by a hyphen to a capitalised word is a word of
 * another place's name (gold 2022-12-05), which a locator shows to be a place of its own.
 */
function hyphenPart(
  text: string,
  offset: number,
  hit: Candidate,
  span: { start: number; end: number },
): boolean {
  if (hit.type !== 'Region' || hit.start < span.start || hit.end > span.end) return false;
  const joined =
    text.charAt(hit.end - offset) === '-' || text.charAt(hit.start - offset - 1) === '-';
  return joined && hit.end - hit.start < span.end - span.start;
}

export function overlapping(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && a.end > b.start;
}
