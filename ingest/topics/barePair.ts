/**
 * "wine and spirits", "diabetes and cancer", "diversity and inclusion": two bare nouns joined by
 * "and", with no modifier or head they share, name two things, and the gold expands them (data/
 * gold/README.md, "Coordinated heads are expanded"; session 8). Before, such a pair was split
 * only when the thesaurus knew both words, so a pair first seen in a statement stayed one topic
 * that matched one conjunct and missed the other. Kept whole: a pair the thesaurus knows whole
 * ("research and development", "trade and investment"); a pair with a word that is no thing
 * alone by listItem.ts's test (values and vacuous words: "peace and stability", "interests and
 * values"; gerunds: "training and exercises"; groups and agents: "workers and families"); two
 * groups of people ("women and girls"); a plural agent noun ("lenders and servicers").
 * Measured over the 150 gold files: of the bare pairs the rules kept whole, the gold had both
 * conjuncts as topics in 24 and the pair whole in 83 (almost all values or thesaurus pairs, which
 * stay whole here).
 */
import { listNoun } from './listItem';
import type { WordTags } from './standalone';

/** The two conjuncts of a bare pair to expand, or undefined. */
export function barePair(
  words: readonly string[],
  known: (phrase: string) => boolean,
  tagsOf: WordTags | undefined,
): string[][] | undefined {
  if (words.length !== 3 || words[1] !== 'and') return undefined;
  if (known(words.join(' '))) return undefined;
  const [left, , right] = words as [string, string, string];
  if (left.toLowerCase() === right.toLowerCase()) return undefined;
  if (!listNoun(left, tagsOf) || !listNoun(right, tagsOf)) return undefined;
  // "women and girls", "employees and customers": two groups of people (the tagger's Actor) are
  // one group the clause addresses, as the gold keeps "workers and families".
  if (people(left, tagsOf) && people(right, tagsOf)) return undefined;
  // "lenders and servicers", "manufacturers and distributors": who acts, no topic to expand.
  if (AGENT_NOUN.test(left) || AGENT_NOUN.test(right)) return undefined;
  return [[left], [right]];
}

/**
 * A plural agent noun: "-ers" (not "-iers": "barriers"), "-ants", "-ents" (not "-ments":
 * "agreements"). "-ors" is left out: "sectors", "corridors" are things.
 */
const AGENT_NOUN = /^[\p{Ll}-]+(?:[^aeiou]ers|ants|[^m]ents)$/u;

const people = (word: string, tagsOf: WordTags | undefined) =>
  tagsOf?.(word)?.has('Actor') === true;

/** A bare pair's conjunct in running text: " and Y" after it, or "X and " before it. */
const PAIR_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])\p{Ll}[\p{Ll}-]* and $/u;
const PAIR_AFTER =
  /^ and \p{Ll}[\p{Ll}-]*(?:(?<=[\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\wÀ-ÖØ-öø-ɏḀ-ỿ]))/u;

/**
 * Whether the word at `[start, end)` of `sentence` is one side of an "X and Y" pair (the
 * invariants' test of a lone derived word, as listItem.ts's `inList` for list items).
 */
export function inPair(sentence: string, start: number, end: number): boolean {
  return (
    PAIR_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) ||
    PAIR_AFTER.test(sentence.slice(end, end + 40))
  );
}
