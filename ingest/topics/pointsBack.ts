/**
 * "these provocative acts", "such activities": a phrase that points back names no topic of its
 * own; the clause is about its antecedent (anaphora.ts) or nothing. The rules' topics and the
 * learnt selector's candidates keep the same convention.
 */
const BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:these|those|such)\s+$/i;
const SPACE = /\s/;

/**
 * Whether the words of `sentence` just before `start` point back. Asked for every word a
 * candidate may start at, so the pattern reads only the tail it can match: the whitespace before
 * `start`, the five letters before it and one more for the word boundary.
 */
export function pointsBack(sentence: string, start: number): boolean {
  const end = Math.min(start, sentence.length);
  let word = end;
  while (word > 0 && SPACE.test(sentence[word - 1]!)) word--;
  if (word === end) return false;
  return BEFORE.test(sentence.slice(Math.max(0, word - 6), end));
}
