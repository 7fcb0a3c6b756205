/**
 * Distributed candidates of the learnt topic selector: "economic and security priorities",
 * "global and local standards", "financial and technical assistance" — modifiers coordinated
 * before a head they may share, where the gold often names each modifier with the head
 * ("economic priorities", "global standards", "financial assistance"). A candidate run never
 * crosses "and" but as a whole chunk (candidates.ts), and the rules distribute only the pairs
 * their lists classify (modifierPair.ts, kindList.ts) — elsewhere they keep the last conjunct
 * ("local standards") and drop the first modifier. Session 54 (topics54) counted, among missed
 * gold topics whose words stand in a found commitment, 328 such distributed names in 165 files
 * (80 in 45 of the 229 most recent holdout files), against 124 whole coordinations: the gold is
 * split, so the model, not a list, decides. Each modifier item gets a row named with the last
 * conjunct's words after its first ("economic" + "priorities"); its span is the modifier word
 * alone, so it competes with the whole coordination's row but not with the last conjunct's.
 * Its features are the last conjunct's, marked `distributed` and with the modifier's class.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { TOPIC_QUALITY as Q } from '../../rules/topicQuality';
import { chunksOnce } from '../chunkMemo';
import { pointsBack } from '../pointsBack';
import type { ModelCandidate } from './candidates';
import { featuresOf } from './features';
import { isTopicName } from './names';
import { wordClass } from './wordClasses';
import type { Words } from './words';
import { FUNCTION_WORDS, LINKS } from './wordTests';

/** A modifier item: one lowercase word (hyphens inside), no plural noun, which heads its own. */
const ITEM = /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/;
const PLURAL = /[^su]s$/;
const NOT_MODIFIER = ['Determiner', 'Pronoun', 'Value', 'Preposition', 'Conjunction', 'Adverb'];
/** Shared words: lowercase (hyphens inside), no possessive. */
const SHARED = /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ -]*$/;
/** At most this many words in the shared part after the last conjunct's first word. */
const MAX_TAIL = 3;

/**
 * A modifier item: an adjective of kind. Measured on the K-fold (session 54) with nouns and every
 * adjective admitted, the distributed rows found 34 gold topics and added 49 spurious ones: the
 * nouns ("oil", "food", "internet" before another noun's head) and the qualities ("sustainable",
 * "open", "safe": attributeAdjectives, weakModifiers) the gold names whole or not at all, as the
 * rules' pairs do (modifierPair.ts); a scope opposed to another kind stays (pairKinds).
 */
function modifierItem(term: TaggedTerm | undefined): term is TaggedTerm {
  if (!term || !ITEM.test(term.text)) return false;
  const { tags } = term;
  if (NOT_MODIFIER.some((tag) => tags.has(tag)) || !tags.has('Adjective')) return false;
  if (PLURAL.test(term.text) && tags.has('Noun')) return false;
  const lower = term.text.toLowerCase();
  if (Q.pairKinds.has(lower)) return true;
  return !Q.attributeAdjectives.has(lower) && !Q.weakModifiers.has(lower);
}

/**
 * The modifier items before the link at `j`, last first: "a, b, and" or "a and", from `a0` on.
 * (Adjectives only, so a comma list of nouns outside the chunk, things of their own with the
 * head the last one's, "water, food, and medical care", offers nothing; kindList.ts.)
 */
function itemsBefore(words: Words, terms: readonly TaggedTerm[], j: number, a0: number): number[] {
  const items: number[] = [];
  for (let i = j - 1; i >= a0; i--) {
    const term = terms[i];
    // A piece of a hyphenated word ("rules-based", "small- and medium-sized") is no item.
    if (!modifierItem(term) || words.busy(i) || words.gluedBefore(i) || words.gluedAfter(i)) break;
    items.push(i);
    // The item before must be closed by a comma ("diplomatic, humanitarian, and economic").
    if (i - 1 < a0 || !/^,\s*$/.test(terms[i - 1]!.post)) break;
  }
  return items;
}

/** The last index of the last conjunct opening at `from`: no comma, link or preposition inside. */
function conjunctEnd(words: Words, terms: readonly TaggedTerm[], from: number, b0: number): number {
  let e = from;
  while (
    e + 1 <= b0 &&
    !/[,;:]/.test(terms[e]!.post) &&
    !LINKS.has(words.lower(e + 1)) &&
    !FUNCTION_WORDS.test(terms[e + 1]!.text)
  )
    e++;
  return e;
}

/**
 * The distributed candidates of the chunks of the words `[from, to)`; `loneWord` set (extraction)
 * keeps only names the topic conventions allow, as for any candidate.
 */
export function distributedCandidates(
  sentence: string,
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  words: Words,
  known: (phrase: string) => boolean,
  extraction: boolean,
): ModelCandidate[] {
  const out: ModelCandidate[] = [];
  const firstAt = terms.findIndex((t) => t.start >= from);
  if (firstAt < 0) return out;
  for (const chunk of chunksOnce(terms, from, to)) {
    let a0 = firstAt;
    while (a0 < terms.length && terms[a0]!.start < chunk.start) a0++;
    let b0 = a0 - 1;
    while (b0 + 1 < terms.length && terms[b0 + 1]!.end <= chunk.end) b0++;
    // A link inside the chunk ("economic and security priorities"), or right before it, where
    // the chunker stopped at the list's commas ("diplomatic, technical, and | financial tools").
    for (let j = Math.max(a0 - 1, firstAt + 1); j + 2 <= b0; j++) {
      const link = words.lower(j);
      if (link !== 'and' && link !== 'or') continue;
      // The last conjunct's first word, hyphenated parts joined ("rules-based global economy").
      let first = j + 1;
      while (first < b0 && words.gluedAfter(first)) first++;
      const e = conjunctEnd(words, terms, first, b0);
      if (e <= first || e - first > MAX_TAIL || !words.isNoun(e) || words.gluedAfter(e)) continue;
      // "the economic and security priorities … these": a run after a pointer names nothing new.
      if (extraction && pointsBack(sentence, terms[Math.min(a0, j - 1)]!.start)) continue;
      const tailEnd = words.coreEnd(e);
      if (tailEnd < 0) continue;
      const tail = sentence.slice(terms[first + 1]!.start, tailEnd);
      // A name or an owner in the shared words ("Biden’s plan") is no head to share.
      if (!SHARED.test(tail)) continue;
      const firstWord = sentence.slice(terms[j + 1]!.start, terms[first]!.end).toLowerCase();
      for (const i of itemsBefore(words, terms, j, j < a0 ? firstAt : a0)) {
        const item = terms[i]!;
        const modifier = item.text.replace(/,$/, '');
        if (modifier.toLowerCase() === firstWord) continue;
        const text = `${modifier} ${tail}`;
        const isKnown = known(text);
        if (extraction && !isTopicName(text, false, isKnown)) continue;
        const features = featuresOf(words, {
          a: j + 1,
          b: e,
          beforeAt: j,
          after: terms[e + 1],
          whole: false,
          maximalSegment: true,
          coordinated: true,
          listed: false,
          distanceWords: Math.max(i - firstAt, 0),
          known: isKnown,
        });
        const itemClass = wordClass(modifier.toLowerCase());
        features.push('distributed', `distClass:${itemClass?.fine ?? 'none'}`);
        out.push({ start: item.start, end: item.start + modifier.length, text, features });
      }
    }
  }
  return out;
}
