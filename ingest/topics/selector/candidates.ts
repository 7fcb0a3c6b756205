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
import { pointsBack } from '../pointsBack';
import { domainVacuous } from './domainVacuous';
import { wordClass } from './wordClasses';
import { FUNCTION_WORDS, LINKS, lower, type Taken, TRAILING, Words } from './words';

export interface ModelCandidate {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  features: string[];
}

/** At most this many words: a longer run is a clause, not a topic name. */
const MAX_WORDS = 6;
/** Bucketed distance in words from the start of the commitment's words. */
function distance(words: number): keyof typeof DISTANCES {
  if (words === 0) return '0';
  if (words <= 2) return '1-2';
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  return '11+';
}

const DISTANCES = {
  '0': 'dist:0',
  '1-2': 'dist:1-2',
  '3-5': 'dist:3-5',
  '6-10': 'dist:6-10',
  '11+': 'dist:11+',
} as const;

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
          if (!isTopicName(text, a === b, isKnown)) continue;
          // An enumeration item passes where the rules' own test of a lone list item would
          // (listItem.ts: a common noun, no agent, group, value or vacuous word).
          const item =
            a === b &&
            words.enumerated(a, b) &&
            listNoun(text, () => terms[a]!.tags) &&
            !closedByAgents(sentence, start + text.length);
          if (a === b && !listed && !isKnown && !item && !loneWord(text)) continue;
          // A lone word that modifies the noun after it ("health care", "Energy Secretary",
          // "clean energy future") is part of that name, not a topic of its own.
          if (a === b && words.modifiesNext(b)) continue;
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

/**
 * A name the topic rules could have given (data/rules/topic-quality.json, as the invariants check
 * it): no vacuous phrase or head, no word that is vacuous alone (`loneWord` decides the rest).
 */
function isTopicName(text: string, single: boolean, known: boolean): boolean {
  if (known) return true;
  const lower = text.toLowerCase();
  const head = lower.slice(lower.lastIndexOf(' ') + 1);
  if (TOPIC_QUALITY.vacuousPhrases.has(lower)) return false;
  if (TOPIC_QUALITY.vacuousHeads.has(head) && !domainVacuous(text)) return false;
  // "X of Y" is headed by X: "a broad range of issues" is as vacuous as "range".
  const of = lower.indexOf(' of ');
  if (
    of > 0 &&
    TOPIC_QUALITY.vacuousHeads.has(lower.slice(lower.lastIndexOf(' ', of - 1) + 1, of))
  ) {
    return false;
  }
  return !single || !TOPIC_QUALITY.vacuousAlone.has(lower);
}

/** Where the owner of words `a..b` starts (ownedRun, or a dotted abbreviation's own head), or -1. */
function ownerFrom(words: Words, a: number, b: number): number {
  if (ownedRun(words, a, b)) return words.ownerStart(a);
  if (!TOPIC_QUALITY.abbreviationOwnedHeads.has(words.lower(b))) return -1;
  return words.abbreviationStart(a);
}

/** Words `a..b` are two or more words, every one but a function word capitalised. */
function titleCaseName(words: Words, a: number, b: number): boolean {
  let capitals = 0;
  for (let k = a; k <= b; k++) {
    if (/^\p{Lu}/u.test(words.text(k))) capitals++;
    else if (!FUNCTION_WORDS.test(words.lower(k))) return false;
  }
  return capitals >= 2;
}

/** Words `a..b` are an ownedHeads word after weak modifiers only ("long-term security"). */
function ownedRun(words: Words, a: number, b: number): boolean {
  if (!TOPIC_QUALITY.ownedHeads.has(words.lower(b))) return false;
  // The tagger splits "long-term" in two: the modifiers are read as the text writes them.
  let modifier = '';
  for (let k = a; k < b; k++) {
    modifier += words.lower(k);
    if (words.gluedAfter(k)) modifier += '-';
    else if (!TOPIC_QUALITY.weakModifiers.has(modifier)) return false;
    else modifier = '';
  }
  return modifier === '';
}

function hasLink(words: Words, terms: readonly TaggedTerm[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (LINKS.has(words.lower(k))) return true;
    if (k < b && /,/.test(terms[k]!.post)) return true;
  }
  return false;
}

/** Whether `k` is the first (step -1) or last (step 1) word of its list segment in the chunk. */
function segmentBound(
  words: Words,
  terms: readonly TaggedTerm[],
  k: number,
  edge: number,
  step: -1 | 1,
): boolean {
  if (k === edge) return true;
  const next = terms[k + step]!;
  if (LINKS.has(words.lower(k + step)) || FUNCTION_WORDS.test(next.text)) return true;
  const comma = step === 1 ? terms[k]!.post : next.post;
  return /[,;:]/.test(comma);
}

interface Context {
  /** The candidate's first and last word. */
  a: number;
  b: number;
  /** The word before the candidate (-1: none): the key of its cached `prev:` feature. */
  beforeAt: number;
  after: TaggedTerm | undefined;
  whole: boolean;
  maximalSegment: boolean;
  /** The chunk holds a coordination ("nuclear and missile programs"). */
  coordinated: boolean;
  listed: boolean;
  distanceWords: number;
  known: boolean;
}

const LENGTHS = ['', 'len:1', 'len:2', 'len:3', 'len:4', 'len:5'];
const SEGMENT_LENGTHS = [
  [
    '',
    'seg+len:false|1',
    'seg+len:false|2',
    'seg+len:false|3',
    'seg+len:false|4',
    'seg+len:false|5',
  ],
  ['', 'seg+len:true|1', 'seg+len:true|2', 'seg+len:true|3', 'seg+len:true|4', 'seg+len:true|5'],
];

/**
 * The sparse features of one candidate (strings; the model holds a weight per string). The fixed
 * ones are literals and the per-word ones are built once per word (`Words`): a string the model
 * looked up before keeps its hash, so scoring hashes only the few strings new to each candidate.
 */
function featuresOf(words: Words, c: Context): string[] {
  const head = words.stem(c.b);
  const first = words.lower(c.a);
  let pattern = '';
  let capital = false;
  for (let k = c.a; k <= c.b; k++) {
    pattern += words.pos(k);
    if (!capital && /^\p{Lu}/u.test(words.text(k))) capital = true;
  }
  const n = Math.min(c.b - c.a + 1, 5);
  const out = [
    'bias',
    words.feature('head:', c.b, head),
    words.feature('first:', c.a, first),
    LENGTHS[n]!,
    `pos:${pattern}`,
    // Keyed by the word before, not by `a`: an owner's candidate ("Ukraine’s security") and the
    // plain one at the same word have different words before them.
    c.beforeAt < 0 ? 'prev:' : words.feature('prev:', c.beforeAt, words.lower(c.beforeAt)),
    words.feature('next:', c.b, lower(c.after)),
    DISTANCES[distance(c.distanceWords)],
    c.whole ? 'whole:true' : 'whole:false',
    c.maximalSegment ? 'seg:true' : 'seg:false',
    c.coordinated ? 'coordinated:true' : 'coordinated:false',
    c.listed ? 'listed:true' : 'listed:false',
    c.known ? 'known:true' : 'known:false',
    `head+len:${head}|${n}`,
    SEGMENT_LENGTHS[c.maximalSegment ? 1 : 0]![n]!,
  ];
  // The classes of the head and of the words before it: what the gold taught of their
  // neighbours in general English reaches words it never showed. They replace the modifiers' own
  // words and the first word + head pair, which only knew the gold's wording: mean of five
  // training orders, 10-fold topic F1 all / the 96 newest gold files 76.75 / 67.82 (words) →
  // 76.81 / 68.09 (words and classes) → 76.83 / 68.31 (classes for the modifiers).
  const headClass = wordClass(words.lower(c.b));
  out.push(words.feature('headClass:', c.b, headClass?.fine ?? 'none'));
  if (headClass) out.push(words.feature('headCoarse:', c.b, headClass.coarse));
  for (let k = c.a; k < c.b; k++) {
    const modClass = wordClass(words.lower(k));
    if (modClass) out.push(words.feature('modClass:', k, modClass.fine));
  }
  if (capital) out.push('capital');
  if (c.a === c.b) {
    out.push(words.feature('single:', c.b, head));
    // A lone word is a topic far more often as an enumeration item than in running text. (Read
    // for lone words only: longer runs keep their weights, so retraining moves few choices.)
    out.push(`item:${words.itemSides(c.a, c.b)}`);
    out.push(words.enumerated(c.a, c.b) ? 'loneItem:true' : 'loneItem:false');
  }
  return out;
}
