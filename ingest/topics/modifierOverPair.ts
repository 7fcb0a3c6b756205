/**
 * "M A and B" with one modifier before two coordinated nouns ("critical dependencies and
 * vulnerabilities", "clean air and water", "border management and enforcement"): the mirror of
 * modifierPair.ts ("X and Y H"). Before, such a phrase stayed one topic unless the thesaurus knew
 * both halves with the modifier (sharedModifier.ts), against the gold's expansion of coordinated
 * heads (CONVENTIONS §4 Coordination). Over the gold's commitment sentences (session 43, topics43)
 * the rules kept 163 such phrases whole; the gold named them distributed ("M A", "M B") 47 times,
 * "M A" alone 22 times, split ("M A", "B") 9 times and whole 35 times — pairs the thesaurus
 * learns whole ("non-market policies and practices"), fixed pairs (wholePairs: "marine science
 * and technology"), two ideals ("shared security and prosperity") and groups of actors ("naval
 * officers and sailors"), which stay.
 *
 * So: the modifier must classify (a noun or an adjective, never a quality, weak, vacuous or
 * comparing word); both conjuncts are nouns the tagger reads as nouns; the modifier is
 * distributed, unless the thesaurus knows the right conjunct alone and the left one with the
 * modifier but not the right one with it ("biodiversity loss and pollution"), which then stands
 * alone. K-fold on the 670 gold files: topics +28 found, +29 spurious (the scorer already matched
 * a whole phrase to one of its parts, so only pairs the gold names both halves of count).
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { noPlainModifier } from './modifierPair';
import type { WordTags } from './standalone';

const WORD = /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*[a-zß-öø-ɏḀ-ỿ]$/;
/** A plural agent or person noun: "traffickers", "exporters", "sailors", "women", "servicemen". */
const AGENT = /^(?:[a-zß-öø-ɏḀ-ỿ-]{3,}(?:er|or)s|[a-zß-öø-ɏḀ-ỿ-]*men)$/;
const NOT_NOUN = ['Verb', 'Adverb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Value'];

/** A plain lowercase word the tagger reads as a noun and nothing a noun phrase cannot hold. */
function noun(word: string, tagsOf: WordTags): boolean {
  const tags = tagsOf(word);
  if (!tags?.has('Noun') || NOT_NOUN.some((tag) => tags.has(tag))) return false;
  // "economic opportunities and sustainable": an adjective closes no phrase.
  return !tags.has('Adjective');
}

/**
 * A modifier that names a kind: a noun or an adjective, not a quality, weak or vacuous word, nor
 * a comparison ("larger scale and complexity"). Adjectives of relation ("regional", "civilian")
 * alone would lose more gold names ("shared prosperity", "violent extremism", "affected
 * populations") than the judging ones ("dangerous", "trustworthy") cost.
 */
function modifier(word: string, tagsOf: WordTags): boolean {
  if (noPlainModifier(word)) return false;
  const tags = tagsOf(word);
  if (!tags || NOT_NOUN.some((tag) => tags.has(tag))) return false;
  if (tags.has('Comparative') || tags.has('Superlative')) return false;
  return tags.has('Noun') || tags.has('Adjective');
}

/**
 * Who acts ("smugglers", "officers", "businesses", "communities"): an agent noun or one of the
 * floor's lists of actors and peoples.
 */
function agent(word: string): boolean {
  return (
    AGENT.test(word) || Q.listAgents.has(word) || Q.agentHeads.has(word) || Q.peopleNouns.has(word)
  );
}

/** The parts of "M A and B" (see the module comment), or undefined to leave it to other rules. */
export function modifierOverPair(
  words: readonly string[],
  known: (phrase: string) => boolean,
  tagsOf: WordTags | undefined,
): string[][] | undefined {
  if (!tagsOf || words.length !== 4 || words[2] !== 'and') return undefined;
  const [first, left, , right] = words as [string, string, string, string];
  if (![first, left, right].every((word) => WORD.test(word)) || left === right) return undefined;
  // "peace and stability", "laws and regulations": a pair named as one thing stays whole.
  const pair = `${left} and ${right}`;
  if (known(words.join(' ')) || known(pair) || Q.wholePairs.has(pair)) return undefined;
  if (Q.vacuousHeads.has(left) || Q.vacuousHeads.has(right)) return undefined;
  // "shared security and prosperity", "global security and stability": two ideals are one stock
  // objective, named whole (as valueNouns lists are) and matched whole by the gold's pair.
  if (Q.valueNouns.has(left) && Q.valueNouns.has(right)) return undefined;
  // "naval officers and sailors", "energy importers and exporters", "religious leaders and
  // families", "working men and women": a group of actors, which the gold names whole or not at all.
  if (agent(left) || agent(right)) return undefined;
  if (!modifier(first, tagsOf) || !noun(left, tagsOf) || !noun(right, tagsOf)) return undefined;
  if (known(right) && !known(`${first} ${right}`) && known(`${first} ${left}`))
    return [[first, left], [right]];
  return [
    [first, left],
    [first, right],
  ];
}
