/**
 * "these provocative acts", "such activities": a phrase that points back names no topic of its
 * own; the clause is about its antecedent (anaphora.ts) or nothing. The rules' topics and the
 * learnt selector's candidates keep the same convention.
 */
const SPACE = /\s/;
/** The boundary before the demonstrative: no letter of the Latin script, digit or "_". */
const WORD_BEFORE = /[\wÀ-ÖØ-öø-ɏḀ-ỿ]/i;
const DEMONSTRATIVES = ['these', 'those', 'such'];

/** Whether `text` holds `word` (lowercase ASCII) at `from`, in either case, as /i reads it. */
function holdsAt(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(from + k);
    const lower = word.charCodeAt(k);
    if (code !== lower && code !== lower - 32) return false;
  }
  return true;
}

/**
 * Whether the words of `sentence` just before `start` point back: whitespace before `start`,
 * and before it a demonstrative that starts a word. Asked for every word a candidate may start
 * at, so it compares a few code units in place rather than running a pattern on a slice.
 */
export function pointsBack(sentence: string, start: number): boolean {
  const end = Math.min(start, sentence.length);
  let word = end;
  while (word > 0 && SPACE.test(sentence[word - 1]!)) word--;
  if (word === end) return false;
  for (const demonstrative of DEMONSTRATIVES) {
    const from = word - demonstrative.length;
    if (from < 0 || !holdsAt(sentence, from, demonstrative)) continue;
    return from === 0 || !WORD_BEFORE.test(sentence[from - 1]!);
  }
  return false;
}
