/**
 * A hyphenated word is one word of a phrase: compromise splits "non-governmental",
 * "self-restraint", "non-refoulement" into terms, and a prefix that is no noun or adjective of
 * its own ("non") cut the word, leaving "governmental organizations", "refoulement" (gold topics
 * never formed for it: 84 of the joint eval's missed topics have a hyphen, many cut so).
 */
import type { TaggedTerm } from '../entities/tagger';
import { isCore } from './chunkTerms';

/** First and last index of the hyphenated word around `k` (both `k` for a plain word). */
function wordBounds(terms: readonly TaggedTerm[], k: number): [number, number] {
  let first = k;
  while (first > 0 && terms[first - 1]!.post === '-') first--;
  let last = k;
  while (last < terms.length - 1 && terms[last]!.post === '-') last++;
  return [first, last];
}

/**
 * Whether the term at `k` is part of a hyphenated word another part of which is a core word of a
 * phrase (a noun or adjective): the whole word is then core. The word's last part must be a word
 * (a letter or digit) for it to stand in a phrase: "stability- and growth" stays suspended.
 */
export function inCoreHyphenWord(terms: readonly TaggedTerm[], k: number): boolean {
  const [first, last] = wordBounds(terms, k);
  if (first === last) return false;
  let core = false;
  for (let i = first; i <= last; i++) {
    const term = terms[i]!;
    if (isCore(term)) core = true;
    // "in-kind support", "at-risk populations", "COVID-19", "net-zero": a preposition or number
    // part keeps the old cut. Joined, such words ran the phrase on into a complement or a
    // coordination ("funding and in-kind support", "COVID-19 pandemic threats"): on the joint
    // gold as many topics lost as won (K-fold, 25 vs 29 misses); prefixes alone are kept.
    else if (term.tags.has('Preposition') || term.tags.has('Value')) return false;
  }
  return core;
}
