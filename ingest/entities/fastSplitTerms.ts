/**
 * compromise's `splitTerms` (1-one/tokenize/methods/02-terms/index.js of 14.17), the step that
 * cuts a sentence into words, with its two costly calls replaced by scans that give the same
 * pieces:
 *
 * - the naive split `str.split(/(\S+)/)` (a capturing regex split, a fiftieth of extraction with
 *   the strings it builds) becomes one walk over the code units, `\S` read from a table built
 *   with that very regex;
 * - `hasHyphen(word)` splits every word at dashes to find out whether it has one: a word
 *   without '-', '–' or '—' gets false from it at once, so only words with one are asked.
 *
 * The rest is the original, step for step, with its own helpers (loaded from compromise's
 * source files). Undefined on another release, or if loading fails: the original runs.
 */
import { compromiseInternals, compromiseModules, compromiseSource } from './compromiseSource';

type Model = unknown;
/** `combineSlashes` and `combineRanges` blank merged pieces with null before the final filter. */
type Pieces = (string | null)[];
interface Helpers {
  hasHyphen(word: string, model: Model): boolean;
  splitHyphens(word: string): string[];
  combineSlashes(pieces: Pieces): Pieces;
  combineRanges(pieces: Pieces): Pieces;
}

function load(): Promise<Helpers | undefined> {
  return compromiseInternals(async () => {
    const folder = '1-one/tokenize/methods/02-terms';
    const hyphens = await compromiseModules(folder)('01-hyphens.js');
    const from = compromiseSource(folder);
    return {
      hasHyphen: hyphens.hasHyphen as Helpers['hasHyphen'],
      splitHyphens: hyphens.splitHyphens as Helpers['splitHyphens'],
      combineSlashes: (await from('02-slashes.js')) as Helpers['combineSlashes'],
      combineRanges: (await from('03-ranges.js')) as Helpers['combineRanges'],
    };
  });
}

/** `/\S/` per UTF-16 code unit (the naive split's regex is not a unicode one), built once. */
let wordUnits: Uint8Array | undefined;
function isWordUnit(code: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    const nonSpace = /\S/;
    for (let unit = 0; unit < 0x10000; unit++)
      wordUnits[unit] = nonSpace.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return wordUnits[code] === 1;
}

/** `str.split(/(\S+)/)`: the whitespace before each maximal non-space run, the run, … the tail. */
export function naiveSplit(str: string): string[] {
  const out: string[] = [];
  let piece = 0;
  let i = 0;
  while (i < str.length) {
    if (!isWordUnit(str.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < str.length && isWordUnit(str.charCodeAt(end))) end++;
    out.push(str.slice(piece, i), str.slice(i, end));
    piece = end;
    i = end;
  }
  out.push(str.slice(piece));
  return out;
}

/*
 * The piece tests below were three regexes run on every piece of every sentence tagged (a word
 * and the space before it), half a percent of extraction: code-unit scans give the same answers.
 */

/** `/[-–—]/.test(piece)`: a hyphen, en dash or em dash. */
export function hasDash(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code === 0x2d || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

/** `/\S/.test(piece)` (not a unicode regex: per code unit, as `isWordUnit`). */
export function isWordlike(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) if (isWordUnit(piece.charCodeAt(i))) return true;
  return false;
}

/** `/^[!?.]+$/.test(piece)`: sentence-ending marks only. */
export function isBoundary(piece: string): boolean {
  if (piece.length === 0) return false;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code !== 0x21 && code !== 0x3f && code !== 0x2e) return false;
  }
  return true;
}

const NOT_WORD = new Set([
  '.',
  '?',
  '!',
  ':',
  ';',
  '-',
  '–',
  '—',
  '--',
  '...',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '`',
  '«',
  '»',
  '*',
  '•',
]);

function splitTerms(helpers: Helpers, str: string, model: Model): string[] {
  const arr: string[] = [];
  for (const word of naiveSplit(str || '')) {
    // split 'one-two' (hasHyphen is false for a word with no dash)
    if (hasDash(word) && helpers.hasHyphen(word, model)) {
      arr.push(...helpers.splitHyphens(word));
      continue;
    }
    arr.push(word);
  }
  // greedy merge whitespace+arr to the right
  const result: string[] = [];
  let carry = '';
  for (const word of arr) {
    if (isWordlike(word) && !NOT_WORD.has(word) && !isBoundary(word)) {
      // put whitespace on end of previous term, if possible
      if (result.length > 0) {
        result[result.length - 1] += carry;
        result.push(word);
      } else result.push(carry + word);
      carry = '';
    } else carry += word;
  }
  if (carry) {
    if (result.length === 0) result[0] = '';
    result[result.length - 1] += carry;
  }
  // combine 'one / two' (its test, a regex per word, needs a slash: most sentences have none),
  // then '2 - 5'
  return helpers
    .combineRanges(str.includes('/') ? helpers.combineSlashes(result) : result)
    .filter((piece): piece is string => Boolean(piece));
}

const helpers = await load();

/** `splitTerms(sentence, model)` as compromise's tokenizer has it; undefined: use the original. */
export const fastSplitTerms: ((str: string, model: Model) => string[]) | undefined = helpers
  ? (str, model) => splitTerms(helpers, str, model)
  : undefined;
