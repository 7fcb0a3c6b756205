/**
 * A prefilter for patterns anchored at the end of a text whose every match ends in one of a few
 * words, then optional whitespace ("(?:\s+(?:also|then|…))*\s*$" before a verb). The engine tries
 * such a pattern at every position of the text, though the text's last characters already say
 * whether it can match more than the empty string at the end: only where the text ends in
 * whitespace, or in one of the words (its run of ASCII letters, compared case-blind where the
 * pattern has the `i` flag: without `u`, that flag folds ASCII letters to ASCII only).
 */
import { isSpaceUnit } from './spaceUnits';

/** An end word was not a run of ASCII letters: the prefilter would read it wrong. */
export class EndWordError extends Error {
  override name = 'EndWordError';
  constructor(word: string) {
    super(`endWords: "${word}" is no run of ASCII letters (words end at a space)`);
  }
}

export interface EndWords {
  /** The last word of each alternative (folded to lowercase when `fold`). */
  readonly words: ReadonlySet<string>;
  readonly fold: boolean;
}

// ASCII on purpose: the words are the pattern's own English alternatives.
const ASCII_WORD = /^[a-zA-Z]+$/;

/** `alternatives`' last words ("continue to" → "to"), for `mayEndIn`. */
export function endWords(alternatives: readonly string[], fold: boolean): EndWords {
  const words = new Set<string>();
  for (const alternative of alternatives) {
    const last = alternative.slice(alternative.lastIndexOf(' ') + 1);
    if (!ASCII_WORD.test(last)) throw new EndWordError(alternative);
    words.add(fold ? last.toLowerCase() : last);
  }
  return { words, fold };
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether `text` ends in whitespace or in one of `ends`' words as a whole run of ASCII letters:
 * if not, the pattern matches only the empty string at the end (or nothing), and replacing its
 * match leaves `text` as it is.
 */
export function mayEndIn(text: string, ends: EndWords): boolean {
  const length = text.length;
  if (length === 0) return false;
  if (isSpaceUnit(text.charCodeAt(length - 1))) return true;
  let start = length;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === length) return false;
  const word = text.slice(start);
  return ends.words.has(ends.fold ? word.toLowerCase() : word);
}

/** `text` without what `pattern` (anchored at the end, each match ending in `ends`) matches. */
export function trimEnd(text: string, pattern: RegExp, ends: EndWords): string {
  return mayEndIn(text, ends) ? text.replace(pattern, '') : text;
}
