/**
 * "these provocative acts", "such activities": a phrase that points back names no topic of its
 * own; the clause is about its antecedent (anaphora.ts) or nothing. The rules' topics and the
 * learnt selector's candidates keep the same convention.
 */
const BEFORE = /\b(?:these|those|such)\s+$/i;

/** Whether the words of `sentence` just before `start` point back. */
export function pointsBack(sentence: string, start: number): boolean {
  return BEFORE.test(sentence.slice(0, start));
}
