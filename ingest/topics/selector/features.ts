/**
 * The sparse features of a candidate of the learnt topic selector (candidates.ts): what the model
 * weighs of its words, its place in the noun chunk and its list. Kept apart from the run walk so
 * the feature set reads on its own.
 *
 * Measured null in session 43 (10-fold on 670 files, mean of five scrambled training orders,
 * topic F1 75.06; the same in three file orders): the POS of the word after (75.09) or before
 * (75.07) the run, the head's list in data/rules/topic-quality.json (75.09), how often the phrase
 * recurs in the statement (75.07); training only on the rows extraction offers, 75.08 vs 75.09.
 * Measured null in session 47 (10-fold on 740 files, topic F1 over training orders 0-3, base
 * 74.49 / 75.03 / 74.90 / 75.16): the word governing the candidate's chunk past its determiners
 * ("gov:to", "gov:in", "gov:by", a comma, a verb: 74.50 / 74.99 / 74.89 / 75.18, though out of
 * fold the model underpredicts rows after "to"/"and"/a comma by 0.08 and after "in"/"by" by 0.01);
 * the list item across a comma or "and" being a name or rule topic (1,925 rows, 37% topics vs 15%:
 * 74.53 / 75.05 / 74.99 / 75.19, about P +0.04): the model already reads both from `prev:`,
 * `listed`, `coordinated` and the item sides.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { wordClass } from './wordClasses';
import type { Words } from './words';
import { FUNCTION_WORDS, LINKS, lower } from './wordTests';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const CAPITAL_START = /^\p{Lu}/u;

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

export function hasLink(words: Words, terms: readonly TaggedTerm[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (LINKS.has(words.lower(k))) return true;
    if (k < b && /,/.test(terms[k]!.post)) return true;
  }
  return false;
}

/** Whether `k` is the first (step -1) or last (step 1) word of its list segment in the chunk. */
export function segmentBound(
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

export interface Context {
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
export function featuresOf(words: Words, c: Context): string[] {
  const head = words.stem(c.b);
  const first = words.lower(c.a);
  let pattern = '';
  let capital = false;
  for (let k = c.a; k <= c.b; k++) {
    pattern += words.pos(k);
    if (!capital && CAPITAL_START.test(words.text(k))) capital = true;
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
