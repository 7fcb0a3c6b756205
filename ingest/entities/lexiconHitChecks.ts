/**
 * The context checks `emit` (matchLexicon.ts) runs on every lexicon hit, each a plain test of
 * the characters its pattern must start with before the pattern itself. A document is extracted
 * stage by stage, so by the time the next sentence's hits are checked these patterns' compiled
 * code and the text around them are out of the processor's caches; a hit where the next
 * character cannot open the pattern (nearly all) now costs a character read, not a cold regex.
 * Each gate is implied by its pattern, so every check answers as the bare pattern did
 * (tests/unit/ingest/lexiconHitChecks.test.ts compares them).
 */
import { NAME_RULES } from '../rules/names';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = 0x20;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

export const POSSESSIVE_AFTER = /^[’']s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * A topic term ending in a name whose possessive follows: "support for Ukraine’s sovereignty" is
 * support for the sovereignty, which the name owns; the term is not what the phrase says.
 */
export function partOfLonger(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next !== RIGHT_QUOTE && next !== APOSTROPHE) return false;
  return POSSESSIVE_AFTER.test(text.slice(end, end + 3)) && /^\p{Lu}/u.test(lastWord(text, end));
}

function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/**
 * "She speaks Spanish, Portuguese and French", "fluent in Korean", "the Swedish language": a
 * demonym that names a language names no state (archive biographies; session 16).
 */
export const LANGUAGE_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:speaks?|spoke|speaking|fluent in|proficient in)\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\p{L}-]+,?\s+(?:and\s+)?)*$/u;
const LANGUAGE_AFTER =
  /^(?:-speaking|\s+(?:language|speakers?|translation|interpreter)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/;
/** Every word LANGUAGE_BEFORE can open with holds one of these. */
const LANGUAGE_VERBS = ['speak', 'spoke', 'fluent in', 'proficient in'];

export function namesLanguage(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // (The look-behind pattern is tried at each of up to 80 positions: most demonyms follow none
  // of its verbs.)
  if (LANGUAGE_VERBS.some((verb) => before.includes(verb)) && LANGUAGE_BEFORE.test(before))
    return true;
  return LANGUAGE_AFTER.test(text.slice(end, end + 16));
}

/**
 * "Japanese Americans", "a Korean American veteran": a demonym before "American(s)" names a
 * heritage, people named by nationality, not the state (gold conventions, session 9; archive,
 * sealed out: ~100 uses). Hyphenated ("German-American") stays: it also names bilateral ties; so
 * does a name going on ("the German American Chamber of Commerce").
 */
export const HERITAGE_AFTER =
  /^ (?:Americans(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|American(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-]| [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]))/;

export function heritageAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== SPACE || text[end + 1] !== 'A') return false;
  return HERITAGE_AFTER.test(text.slice(end, end + 12));
}

/**
 * "the Asian American, Native Hawaiian, and Pacific Islander community": a place before
 * "Islander(s)" names people of that heritage, not the ocean (gold 2021-05-21).
 */
export const ISLANDERS_AFTER = /^ Islanders?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

export function islandersAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== SPACE || text[end + 1] !== 'I') return false;
  return ISLANDERS_AFTER.test(text.slice(end, end + 11));
}

/**
 * "three Virginia class submarines", "Ohio-class boats": a place before "class" names a class of
 * ships, not the place (gold 2023-03-13: the class is a Topic, Virginia no Region).
 */
export const SHIP_CLASS_AFTER = /^[ -]class(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

export function shipClassAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if ((next !== SPACE && next !== HYPHEN) || text[end + 1] !== 'c') return false;
  return SHIP_CLASS_AFTER.test(text.slice(end, end + 7));
}

/**
 * An alias with no letter ("2+2", the U.S.-Japan Security Consultative Committee) names that
 * body only standing alone: after a capitalised modifier or an opening quote it is another
 * pair's meeting ("the U.S.-India 2+2 Ministerial Dialogue", "the Economic “2+2”"; archive,
 * sealed out: 10 of 16 uses of "2+2" are such).
 */
export const LETTERLESS = /^[^A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/;
const MODIFIED_BEFORE = /(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* |[“"])$/;

export function modifiedLetterless(alias: string, text: string, start: number): boolean {
  // An alias opening with an ASCII letter has a letter (nearly every alias).
  const first = alias.charCodeAt(0) | 0x20;
  if (first >= 0x61 && first <= 0x7a) return false;
  return LETTERLESS.test(alias) && MODIFIED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "Trans-Atlantic", "Mid-Atlantic", "non-NATO": a name glued by a hyphen after a bound prefix is
 * part of one word, which names no such place or body (gold 2022-03-25: no Atlantic Ocean). A
 * name before the hyphen ("U.S.-Mexico", "Japan-U.S.") is no prefix and stays.
 */
const PREFIX_GLUED = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${NAME_RULES.boundPrefixes.join('|')})-$`,
  'iu',
);

/**
 * "Major Non-NATO Ally": a capitalised prefix after another capitalised word is a word of a proper
 * name, inside which the glued name is still named (the gold declares NATO in all 4 of its files
 * with that designation). A sentence's "The Trans-Atlantic …" is no such name.
 */
const INSIDE_NAME =
  /(?:^|[^\p{L}\p{N}.’'-])(?!(?:The|A|An|This|Our|Its|Their) )\p{Lu}\p{L}+ \p{Lu}\p{Ll}+-$/u;

export function afterBoundPrefix(text: string, start: number): boolean {
  if (text[start - 1] !== '-' || !PREFIX_GLUED.test(text.slice(Math.max(0, start - 8), start)))
    return false;
  return !INSIDE_NAME.test(text.slice(Math.max(0, start - 40), start));
}
