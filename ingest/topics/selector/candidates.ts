/**
 * Candidates of the learnt topic selector (selector/apply.ts): the
 * noun phrases of a commitment's words, read from the words the topic pass tags (taggedScopes.ts),
 * each with the sparse features the model weighs. A candidate is a run of words inside one noun chunk
 * (chunks.ts) that ends in a noun and opens on a content word, cut at the commas and
 * conjunctions of a list, so that "nuclear and missile programs" offers "missile programs" and
 * "nuclear and missile programs" alike; the model, not this module, decides which one is a topic.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { chunksOnce } from '../chunkMemo';
import { closedByAgents, inList, listNoun } from '../listItem';
import { TALK_COMPLEMENT } from '../modifiers';
import { pointsBack } from '../pointsBack';
import { featuresOf, hasLink, segmentBound } from './features';
import { isTopicName, ownerFrom, titleCaseName } from './names';
import { type Taken, Words } from './words';
import { TRAILING } from './wordTests';

export interface ModelCandidate {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  features: string[];
}

const CLAUSE_LINKS = new Set(['and', 'or', 'but', 'while', 'which', 'as']);

/** A lone word of valueNouns (data/rules/topic-quality.json) standing as an enumeration item. */
function valueItem(words: Words, k: number, text: string): boolean {
  if (!TOPIC_QUALITY.valueNouns.has(text.toLowerCase())) return false;
  if (words.enumerated(k, k)) return true;
  // The first item of a list ("advance prosperity, security, and opportunity"): a comma after it
  // and another item, not a clause ("essential for prosperity, and they agreed …"), after the comma.
  return words.itemSides(k, k).endsWith('|comma') && !CLAUSE_LINKS.has(words.lower(k + 1));
}

/** Whether the gold's counts (`goldKept`) lift the conventions' bar on a name (goldFeatures.ts). */
function goldOverrules(text: string, goldKept?: (text: string) => boolean): boolean {
  return !!goldKept?.(text) && !TOPIC_QUALITY.vacuousPhrases.has(text.toLowerCase());
}

/** At most this many words: a longer run is a clause, not a topic name. */
const MAX_WORDS = 6;

/**
 * The candidates of the words `[from, to)` of a sentence tagged as `terms`, outside every span
 * `taken` (a candidate overlapping a name or a rule topic is never built); `known` says whether
 * the thesaurus or the learnt lexicon names a phrase.
 */
export function topicCandidates(
  sentence: string,
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
  taken: readonly Taken[] = [],
  // The sentence's words as read for an earlier range (rows.ts reads each sentence once).
  words = new Words(sentence, terms, taken),
  // Extraction: only names the topic conventions allow, a lone word only where the thesaurus knows
  // it, it is a list item or `loneWord` allows it. Training (undefined) reads every candidate.
  loneWord?: (text: string) => boolean,
  // Extraction: a name the conventions bar that the gold's counts keep (goldFeatures.ts goldKeeps).
  goldKept?: (text: string) => boolean,
): ModelCandidate[] {
  const out: ModelCandidate[] = [];
  const firstAt = terms.findIndex((t) => t.start >= from);
  if (firstAt < 0) return out;
  // No free noun in the words: no candidate can end anywhere, so no chunking.
  let open = false;
  for (let k = firstAt; k < terms.length && terms[k]!.start < to && !open; k++)
    open = words.isNoun(k) && !words.busyAsLast(k);
  if (!open) return out;
  for (const chunk of chunksOnce(terms, from, to)) {
    let a0 = firstAt;
    while (a0 < terms.length && terms[a0]!.start < chunk.start) a0++;
    let b0 = a0 - 1;
    while (b0 + 1 < terms.length && terms[b0 + 1]!.end <= chunk.end) b0++;
    if (a0 >= terms.length || b0 < a0) continue;
    let coordinated: boolean | undefined;
    // Extraction keeps the rules' convention (pointsBack.ts): no run after "these", "those" or
    // "such" names a topic ("such illicit transfers of arms" points back to what it names).
    let back = loneWord !== undefined && pointsBack(sentence, terms[a0]!.start);
    for (let a = a0; a <= b0; a++) {
      if (a > a0 && loneWord) back ||= pointsBack(sentence, terms[a]!.start);
      if (back || !words.opens(a) || words.busyAsLast(a) || words.gluedBefore(a)) continue;
      // Never a piece of a word or of a Title Case name ("Smart Commodities" of Climate-Smart
      // Commodities, "Strategic National" of the Strategic National Stockpile).
      if (words.titleJoin(a - 1)) continue;
      // "the broader U.S. and global research community": a modifier coordinated with a named
      // owner's abbreviation or adjective shares the head with it; a run from the modifier alone
      // would name the owner's part as the whole (the rules' cutAtNames convention, session 23).
      if (
        a > 0 &&
        words.lower(a - 1) === 'and' &&
        (words.abbreviationStart(a - 1) >= 0 || words.ownerStart(a - 1) >= 0)
      )
        continue;
      for (let b = a; b <= b0 && b - a < MAX_WORDS; b++) {
        // A comma or link inside the run: only the whole chunk may cross one. (Each step adds
        // one word: the runs before it crossed none, or the loop had stopped.)
        if (b > a && words.crossesInto(b) && !(a === a0 && b === b0)) break;
        // A taken word before the last: every longer run holds it too.
        if (b > a && words.busy(b - 1)) break;
        if (!words.isNoun(b) || words.busyAsLast(b) || words.gluedAfter(b)) continue;
        if (words.titleJoin(b)) continue;
        const start = terms[a]!.start;
        const end = words.coreEnd(b);
        const text =
          end >= 0
            ? sentence.slice(start, end)
            : sentence.slice(start, terms[b]!.end).replace(TRAILING, '');
        if (!text) continue;
        // The rules' own list test (listItem.ts): ", X," or ", and X." around the words.
        const listed = inList(sentence, start, start + text.length);
        const isKnown = known(text);
        // "Colombia’s security", "Ukraine’s long-term security": what a named owner has of its own
        // (ownedHeads) is named with the owner, as the gold names it; alone it says nothing.
        // ("Lebanon’s security forces": the word modifies the noun after it, and names no state.)
        // "U.S. agricultural exports": a dotted abbreviation owns its abbreviationOwnedHeads whatever
        // modifies them (the run is a noun phrase already).
        const from = words.modifiesNext(b) ? -1 : ownerFrom(words, a, b);
        if (from >= 0) {
          coordinated ??= hasLink(words, terms, a0, b0);
          const owned = sentence.slice(from, start + text.length);
          const features = featuresOf(words, {
            a,
            b,
            beforeAt: a - 2,
            after: terms[b + 1],
            whole: false,
            maximalSegment: segmentBound(words, terms, b, b0, 1),
            coordinated,
            listed,
            distanceWords: Math.max(a - 1 - firstAt, 0),
            known: false,
          });
          features.push('owner');
          out.push({ start: from, end: from + owned.length, text: owned, features });
        }
        if (loneWord) {
          // An ideal that is vacuous alone ("security", "stability") as an item of an enumeration
          // of other things ("Iraq’s sovereignty, territorial integrity, security, and
          // stability", "prosperity, security, shared values, and the rules-based order") is a
          // topic of its own, as the gold names each item; the model scores it like any item.
          const ideal = a === b && valueItem(words, a, text);
          // The gold's counts overrule a class bar (a word vacuous alone, a vacuous head, an
          // agent), not a vacuousPhrases entry: those are the conventions' ruling on the phrase
          // itself ("international community": 20 gold clauses keep it, 22 do not, session 53).
          if (!isTopicName(text, a === b && !ideal, isKnown) && !goldOverrules(text, goldKept))
            continue;
          // An enumeration item passes where the rules' own test of a lone list item would
          // (listItem.ts: a common noun, no agent, group, value or vacuous word).
          const item =
            a === b &&
            words.enumerated(a, b) &&
            listNoun(text, () => terms[a]!.tags) &&
            !closedByAgents(sentence, start + text.length);
          if (a === b && !listed && !isKnown && !item && !loneWord(text)) continue;
          // "consultations on extended deterrence": talks before their complement are its frame
          // (modifiers.ts frameOfComplement), which the gold never keeps alone.
          const next = terms[b + 1];
          if (
            a === b &&
            next &&
            TALK_COMPLEMENT.test(next.text) &&
            TOPIC_QUALITY.talkHeads.has(text.toLowerCase())
          )
            continue;
          // A run whose last word modifies the noun after it is a piece of that compound, not a
          // topic of its own: a lone word ("health care", "Energy Secretary", "clean energy
          // future") or a longer run cut before its head ("affordable health" of "affordable
          // health care", "women business" of "women business leaders"). Before a vacuous head
          // neither is cut ("ransomware actors", "resilience efforts": gold-named words that
          // training offered, 34 of 59 such extraction rows named in the gold).
          if (a === b ? words.loneModifies(b) : words.cutBeforeHead(b)) continue;
          // "Secretary of Labor": a lone capitalised word ending a title is a piece of the name.
          if (a === b && words.titleTail(b)) continue;
          // A whole Title Case name ("National Renewable Energy Laboratory", "Northeast Gasoline
          // Supply Reserve") is the name finder's to type or leave, not a topic: 16 of the gold's
          // 6,668 topics are one, and the word classes lifted such names over the threshold.
          if (!isKnown && titleCaseName(words, a, b)) continue;
        }
        coordinated ??= hasLink(words, terms, a0, b0);
        const features = featuresOf(words, {
          a,
          b,
          beforeAt: a - 1,
          after: terms[b + 1],
          whole: a === a0 && b === b0,
          maximalSegment:
            segmentBound(words, terms, a, a0, -1) && segmentBound(words, terms, b, b0, 1),
          coordinated,
          listed,
          distanceWords: a - firstAt,
          known: isKnown,
        });
        out.push({ start, end: start + text.length, text, features });
      }
    }
  }
  return out;
}
