/**
 * Candidates the text names only through a coordination: "economic, environmental, and
 * scientific goals" names economic goals, environmental goals and scientific goals, and the gold
 * names them so (modifiers coordinated before a head they share are distributed, data/gold/README.md;
 * "stable and balanced global markets", one thing's qualities, stays whole). The rules distribute
 * only where a list of heads says so (coordination.ts); the selector offers every earlier conjunct
 * with each head it may share, and the model, trained on the gold, decides between them and the
 * whole phrase. The candidate claims only its own modifier's words, so that the conjuncts can be
 * chosen together and never with the whole; its evidence is the phrase from the modifier to the head.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { pointsBack } from '../pointsBack';
import type { ModelCandidate } from './candidates';
import { featuresOf } from './features';
import { isTopicName } from './names';
import { FUNCTION_WORDS, LINKS, type Words } from './words';

/** The shared head: "goals", "supply chains", "export capacities". */
const MAX_HEAD_WORDS = 3;
const OR_AND = new Set(['and', 'or']);
const CAPITAL = /^\p{Lu}/u;

/**
 * The distributed candidates of the words `[from, to)` (`firstAt`: the first word's index): one
 * per conjunct before a link and head it may share. The chunker cuts such a list at its commas
 * and its link ("diplomatic", "multilateral", "financial tools"), so the words are read across
 * the chunks. Only the modifier need be free: the rules may have named the last conjunct's phrase.
 */
export function distributedCandidates(
  sentence: string,
  terms: readonly TaggedTerm[],
  words: Words,
  firstAt: number,
  to: number,
  known: (phrase: string) => boolean,
  extraction: boolean,
): ModelCandidate[] {
  const out: ModelCandidate[] = [];
  for (let link = firstAt + 1; link < terms.length && terms[link]!.start < to; link++) {
    if (!OR_AND.has(words.lower(link))) continue;
    const end = headEnd(terms, words, link, to);
    if (end < 0) continue;
    const conjuncts = modifierConjuncts(terms, words, firstAt, link);
    if (!conjuncts) continue;
    if (qualities(words, conjuncts[conjuncts.length - 1]![0], end)) continue;
    const evidenceEnd = words.coreEnd(end);
    for (const [first, last] of conjuncts) {
      const modifierEnd = words.coreEnd(last);
      // "these economic and social goals" points back to what it names (pointsBack.ts).
      if (modifierEnd < 0 || (extraction && pointsBack(sentence, terms[first]!.start))) continue;
      const modifier = sentence.slice(terms[first]!.start, modifierEnd);
      for (let h = Math.max(link + 2, end - MAX_HEAD_WORDS + 1); h <= end; h++) {
        if (words.gluedBefore(h) || words.titleJoin(h - 1)) continue;
        const text = `${modifier} ${sentence.slice(terms[h]!.start, evidenceEnd)}`;
        const isKnown = known(text);
        if (extraction && !isTopicName(text, false, isKnown)) continue;
        // "Resilience and Sustainability Trust", "permanent Fresh Food …": a head in Title Case
        // is a piece of a name, the name finder's to take whole.
        if (!isKnown && CAPITAL.test(words.text(h))) continue;
        const features = featuresOf(words, {
          a: first,
          b: end,
          gap: [last + 1, h],
          beforeAt: first - 1,
          after: terms[end + 1],
          whole: false,
          maximalSegment: true,
          coordinated: true,
          listed: false,
          distanceWords: first - firstAt,
          known: isKnown,
        });
        // What the gold distributes is learnt per head length (one head word, "goals", is shared
        // more often than a compound, "governance goals" of "maritime governance goals") and per
        // the modifier's part of speech (an adjective classifies; a noun may head a phrase).
        features.push(
          'distributed',
          `distributed:${end - h + 1}`,
          `distributed:${words.pos(last)}`,
        );
        out.push({
          start: terms[first]!.start,
          end: modifierEnd,
          text,
          features,
          evidence: { start: terms[first]!.start, end: evidenceEnd },
        });
      }
    }
  }
  return out;
}

/**
 * The head `to` is an ideal, or a word of `from..to` before it is a quality or "other" (which
 * closes the list with its kind: "terrorist and other violent acts").
 */
function qualities(words: Words, from: number, to: number): boolean {
  // "domestic and global prosperity": an ideal is one, wherever it is sought (valueNouns).
  if (TOPIC_QUALITY.valueNouns.has(words.lower(to))) return true;
  for (let k = from; k < to; k++) {
    const word = words.lower(k);
    if (quality(word) || word === 'other') return true;
    // The tagger splits "long-term" in two: the quality is the whole word.
    if (words.gluedAfter(k) && quality(`${word}-${words.lower(k + 1)}`)) return true;
  }
  return false;
}

/**
 * The last word of the phrase after `link` ("and maritime governance goals"): content words up to
 * a comma, a function word or the range's end, the last a noun, at least a modifier and a head; -1
 * when there is none.
 */
function headEnd(terms: readonly TaggedTerm[], words: Words, link: number, to: number): number {
  let end = -1;
  for (let k = link + 1; k < terms.length && terms[k]!.start < to; k++) {
    if (k - link > MAX_HEAD_WORDS + 1 || !words.opens(k) || LINKS.has(words.lower(k))) break;
    if (words.isNoun(k) && !words.gluedAfter(k)) end = k;
    if (/[^\s]/.test(terms[k]!.post.replace(/-/g, ' '))) break;
  }
  return end >= link + 2 ? end : -1;
}

/**
 * The conjuncts before `link`, as word ranges read back from it: each one or two free content
 * words, split by commas (", and" closes the list), the last word of each no plural (a plural
 * heads a phrase of its own: "nuclear weapons and missile programs"); undefined when the words
 * before the link are no such list (a conjunct of three words is a phrase of its own).
 */
function modifierConjuncts(
  terms: readonly TaggedTerm[],
  words: Words,
  firstAt: number,
  link: number,
): [number, number][] | undefined {
  const out: [number, number][] = [];
  let last = link - 1;
  while (last >= firstAt) {
    // After a comma the list goes on with an item of another kind ("sanctions, culture, and
    // consular affairs"): a list of things, no modifiers.
    if (!modifierWord(terms, words, last)) return undefined;
    const tags = terms[last]!.tags;
    if (tags.has('Plural') && !tags.has('Singular') && !/ics$/.test(words.lower(last)))
      return undefined;
    if (/[;:]/.test(terms[last]!.post)) return undefined;
    let first = last;
    // "enduring educational, cultural, …": a word before an adjective modifies the whole list;
    // two words are one modifier only as a compound ("law enforcement", "alloy steel").
    if (
      first - 1 >= firstAt &&
      !/[,;:]/.test(terms[first - 1]!.post) &&
      modifierWord(terms, words, first - 1) &&
      words.isNoun(last) &&
      !adjective(terms[last]!)
    )
      first--;
    // "long-term food and energy": a conjunct never opens inside a hyphenated word.
    if (words.gluedBefore(first)) return undefined;
    out.push([first, last]);
    // Another conjunct only after a comma: "economic, environmental, and scientific".
    if (first - 1 < firstAt || !/,/.test(terms[first - 1]!.post)) break;
    last = first - 1;
  }
  if (out.length === 0) return undefined;
  // "pork, rice, and fuel ethanol": nouns listed with commas are items of their own; adjectives
  // ("educational, cultural, and health") classify one head. A noun pair shares it as often
  // ("grain and fertilizer supply"): the model weighs that.
  if (out.length > 1 && out.some(([, end]) => !adjective(terms[end]!))) return undefined;
  return out;
}

function adjective(term: TaggedTerm): boolean {
  return term.tags.has('Adjective') && !term.tags.has('Noun');
}

/**
 * Qualities of one thing ("secure and resilient nuclear supply chains", "stable and balanced
 * global markets") stay one topic, as the gold keeps them (data/gold/README.md); the topic rules'
 * lists of such words (data/rules/topic-quality.json) say which words are qualities, not kinds.
 */
function quality(word: string): boolean {
  return TOPIC_QUALITY.attributeAdjectives.has(word) || TOPIC_QUALITY.weakModifiers.has(word);
}

/** A free content word that may modify a head (no function word, link or verb). */
function modifierWord(terms: readonly TaggedTerm[], words: Words, k: number): boolean {
  const tags = terms[k]!.tags;
  return (
    !words.busy(k) &&
    words.opens(k) &&
    !FUNCTION_WORDS.test(words.lower(k)) &&
    !LINKS.has(words.lower(k)) &&
    !tags.has('Verb') &&
    !tags.has('Pronoun') &&
    !tags.has('Determiner')
  );
}
