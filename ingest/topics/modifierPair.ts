/**
 * "X and Y H" with one word on each side of "and" and a head no list shares ("public and private
 * investment", "meat and poultry products", "security and rural development"): before, the phrase
 * stayed one topic unless a head list, the thesaurus or an adjective classifier split it, and it
 * then matched no gold topic. Over the gold's commitment sentences (session 42, coord42) the rules
 * kept 279 such phrases whole that the thesaurus does not know; the gold named them distributed
 * ("X H", "Y H") 67 times, split ("X", "Y H") 27 times, one item 39 times and whole 73 times —
 * the whole ones almost all qualities of one thing ("just and lasting peace", "free and fair
 * elections"; attributeAdjectives) or pairs the thesaurus learns whole ("oil and gas sector").
 *
 * So: both modifiers must classify (a noun, or an adjective of relation, never a quality, a weak
 * or vacuous word); a plural, an abstract noun on the left, or a noun before an adjective
 * ("security and rural development", "technology and digital transitions"), is a phrase of its
 * own, and the head stays with the right side; otherwise the head is distributed. Pairs that name
 * one field ("oil and gas", "research and development") stay whole as data (wholePairs).
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import type { WordTags } from './standalone';

const WORD = /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*[a-zß-öø-ɏḀ-ỿ]$/;
const PLURAL = /^[a-zß-öø-ɏḀ-ỿ-]+[^su]s$/;
/** Adjectives of relation ("regional", "economic", "human", "regulatory"): they name a kind. */
const RELATIONAL = /^[a-zß-öø-ɏḀ-ỿ-]+(?:al|ic|ary|ory|an|ine|ese)$/;
/**
 * An abstract noun on the left ("sustainability and climate resilience", "tolerance and interfaith
 * dialogue", "preservation and museum management") is a concept of its own, not a kind of the
 * head (gold: 5 such pairs split or named one item, 2 distributed).
 */
const ABSTRACT = /^[a-zß-öø-ɏḀ-ỿ-]+(?:ity|ance|ence|ion|ment|ness)$/;
const SKIP = ['Verb', 'Adverb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction'];

type Kind = 'noun' | 'adjective';

/**
 * A quality, weak, vacuous or value word ("just", "new", "efforts", "values"): no modifier that
 * tells two topics apart, so a coordination of it is no pair of topics (coordination.ts too).
 */
export function noPlainModifier(lower: string): boolean {
  return (
    Q.attributeAdjectives.has(lower) ||
    Q.weakModifiers.has(lower) ||
    Q.vacuousAlone.has(lower) ||
    Q.vacuousHeads.has(lower) ||
    Q.valueNouns.has(lower)
  );
}

/** What a modifier is, or undefined when it is a quality, weak or vacuous, or no plain word. */
function kindOf(word: string, tagsOf: WordTags): Kind | undefined {
  const lower = word.toLowerCase();
  if (word !== lower || !WORD.test(word)) return undefined;
  // "bilateral and regional cooperation", "public and private investment": a scope or sector
  // opposed to another kind is a kind itself, whatever its tags or lists say (pairKinds).
  if (Q.pairKinds.has(lower)) return 'adjective';
  if (noPlainModifier(lower)) return undefined;
  const tags = tagsOf(word);
  if (!tags || SKIP.some((tag) => tags.has(tag))) return undefined;
  if (tags.has('Noun')) return 'noun';
  return tags.has('Adjective') && RELATIONAL.test(lower) ? 'adjective' : undefined;
}

/**
 * Whether modifiers coordinated before `lowerHead` may share it (see `modifierPair`). An ideal
 * (valueNouns) is shared only where it is one of kindValueNouns and both modifiers are adjectives
 * of kind (`kinds`): "regional and global security", "economic and financial stability" name two
 * securities, two stabilities (gold: 18 distributed, never whole), while nouns before an ideal
 * ("climate and energy security") are items of a list, not kinds of it.
 */
function sharedHead(lowerHead: string, kinds = false): boolean {
  // "the men and women serving under them": an -ing word after the pair is a participle said of
  // them, no head they share (gerundHeads are activity nouns: "information sharing").
  return !(
    (/ing$/.test(lowerHead) && !Q.gerundHeads.has(lowerHead)) ||
    Q.domainSharedHeads.has(lowerHead) ||
    (Q.valueNouns.has(lowerHead) && !(kinds && Q.kindValueNouns.has(lowerHead))) ||
    Q.vacuousHeads.has(lowerHead)
  );
}

/**
 * "bilateral and regional cooperation": a scope modifier (pairKinds, weak otherwise) opening a
 * pair of kinds before a head they may share, which `modifierPair` distributes; the quality floor
 * must not drop it first (reduce.ts), or only "regional cooperation" is left.
 */
export function scopePair(words: readonly string[]): boolean {
  if (words.length !== 4 || words[1] !== 'and') return false;
  const [left, , right, head] = words.map((word) => word.toLowerCase()) as [
    string,
    string,
    string,
    string,
  ];
  return (
    Q.pairKinds.has(left) &&
    left !== right &&
    (Q.pairKinds.has(right) || !noPlainModifier(right)) &&
    WORD.test(head) &&
    sharedHead(head)
  );
}

/** The parts of "X and Y H" (see the module comment), or undefined to leave it to other rules. */
export function modifierPair(
  words: readonly string[],
  known: (phrase: string) => boolean,
  tagsOf: WordTags | undefined,
): string[][] | undefined {
  if (!tagsOf || words.length !== 4 || words[1] !== 'and') return undefined;
  const [left, , modifier, head] = words as [string, string, string, string];
  const pair = `${left} and ${modifier}`.toLowerCase();
  if (!WORD.test(head) || known(words.join(' ')) || known(pair) || Q.wholePairs.has(pair))
    return undefined;
  const first = kindOf(left, tagsOf);
  const second = kindOf(modifier, tagsOf);
  if (!first || !second || left === modifier) return undefined;
  if (!sharedHead(head.toLowerCase(), first === 'adjective' && second === 'adjective'))
    return undefined;
  if (PLURAL.test(left) || ABSTRACT.test(left) || (first === 'noun' && second === 'adjective'))
    return [[left], [modifier, head]];
  return [
    [left, head],
    [modifier, head],
  ];
}
