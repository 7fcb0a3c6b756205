/**
 * "control in Jenin and other areas of the West Bank", "forced to withdraw from Avdiivka after",
 * "the massacre in Pont-Sondé", "our statement adopted in Elmau, we": a town no lexicon or
 * gazetteer holds (the gazetteer stops at 100,000 people) named right after a locative
 * preposition, the clause going on after it with a function word or punctuation (gold: 8 such
 * Region misses). What else stands there is excluded: a known name (any lexicon hit, an
 * official), a title, head, opener or month (NOT_PLACE), a given name ("from Jake and …"), an
 * acronym ("in COVID"), a plural word ("from Republicans"), a modifier of the noun after it
 * ("in Medicare spending": a lowercase noun follows, no function word), a firm's camel case
 * ("UofSC"), an owner's possessive ("characters from Blue’s Clues"), money's source or use
 * ("$22 million from Unitaid", "$3 billion in Debt Capital") and a name whose last word is an
 * English word ("a Fellowship in Neurosurgical Oncology", "Communities in Action": placeWord)
 * unless it says a kind of place ("in Carbis Bay", localityKinds).
 */
import { gazetteer } from '../lexiconPlaces';
import { isGivenName } from '../rules/givenNameList';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { coarseShares, wordClass } from '../topics/selector/wordClasses';
import { candidateAt } from './candidateAt';
import { NOT_PLACE, overlapping } from './locators';
import type { Candidate } from './matchLexicon';
import type { OfficialFinding } from './officials';

/** A capitalised word with a lowercase letter (no acronym), hyphenated parts allowed. */
const WORD = "[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ’'][\\p{L}’'-]*";
const LOCATIVE = new RegExp(
  `(?<![\\p{L}])(?:${NAME_RULES.localityLocatives.join('|')}) (${WORD}(?: ${WORD}){0,2})(?=[,.;:]|$| (?:${NAME_RULES.localityFollowers.join('|')})(?![\\p{L}]))`,
  'gu',
);

/** "$1.4 million in …", "€50 billion from …": an amount before the preposition. */
const MONEY_BEFORE =
  /[$€£][\d.,]+(?: ?(?:[Mm]illion|[Bb]illion|[Tt]housand|[Tt]rillion|[MBK]))? $/u;
/** ", Boeing, …" after the name: the first of a comma list of names (a funding list), not a town. */
const LIST_AFTER = /^, [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/u;
/** Words that say a kind of place as a name's last word: the place heads and localityKinds. */
const PLACE_KINDS: ReadonlySet<string> = new Set([
  ...[...HEAD_TYPES].filter(([, type]) => type === 'Region').map(([head]) => head),
  ...NAME_RULES.placeHeadsBefore,
  ...NAME_RULES.localityKinds,
]);

/** A name's last word (of a hyphenated one, its last part) is a place's: no English word. */
function placeHead(word: string): boolean {
  if (PLACE_KINDS.has(word)) return true;
  return placeWord(word.slice(word.lastIndexOf('-') + 1));
}

export function locativePlaces(
  text: string,
  offset: number,
  matched: readonly Candidate[],
  officials: readonly OfficialFinding[],
): Candidate[] {
  const out: Candidate[] = [];
  LOCATIVE.lastIndex = 0;
  for (let match = LOCATIVE.exec(text); match; match = LOCATIVE.exec(text)) {
    const place = match[1]!;
    const start = match.index + match[0].length - place.length + offset;
    const span = { start, end: start + place.length };
    const words = place.split(' ');
    if (NOT_PLACE.test(place) || isGivenName(words[0]!)) continue;
    if (words.length === 1 && /[a-zß-öø-ɏḀ-ỿ]s$/.test(place)) continue;
    if (/[a-zß-öø-ɏḀ-ỿ][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]|[’']s(?![\p{L}])/u.test(place)) continue;
    if (!placeHead(words[words.length - 1]!)) continue;
    if (LIST_AFTER.test(text.slice(match.index + match[0].length))) continue;
    if (MONEY_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (matched.some((hit) => overlapping(hit, span))) continue;
    if (officials.some((official) => overlapping(official.span, span))) continue;
    out.push(candidateAt('Region', place, start, 'venue'));
  }
  return out;
}

/**
 * Below this share of gazetteer names in its coarse word class (data/lexicon/word-clusters.json,
 * general-English vectors), a word the vectors hold is an English word ("action", "policy",
 * "braille": 0–3 %); the classes of "jenin", "najran", "artibonite" hold 28 % and more.
 */
const PLACE_CLASS_SHARE = 0.1;
let placeShares: Map<string, number> | undefined;

/** A word unknown to the vectors or of a class of places: not an English word. */
function placeWord(word: string): boolean {
  const found = wordClass(word.toLowerCase());
  if (!found) return true;
  if (!placeShares) {
    const places = gazetteer();
    const names = new Set([...places.cities, ...places.regions].map((n) => n.toLowerCase()));
    placeShares = coarseShares((w) => names.has(w));
  }
  return (placeShares.get(found.coarse) ?? 0) >= PLACE_CLASS_SHARE;
}
