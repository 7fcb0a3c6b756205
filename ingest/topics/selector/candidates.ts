/**
 * Candidates of the learnt topic selector (selector/apply.ts): the
 * noun phrases of a commitment's words, read from the words the topic pass tags (taggedScopes.ts),
 * each with the sparse features the model weighs. A candidate is a run of words inside one noun chunk
 * (chunks.ts) that ends in a noun and opens on a content word, cut at the commas and
 * conjunctions of a list, so that "nuclear and missile programs" offers "missile programs" and
 * "nuclear and missile programs" alike; the model, not this module, decides which one is a topic.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { chunksOnce } from '../chunkMemo';
import { isCore } from '../chunkTerms';
import { inList } from '../listItem';
import { stem } from '../plural';

export interface ModelCandidate {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  features: string[];
}

/** At most this many words: a longer run is a clause, not a topic name. */
const MAX_WORDS = 6;
/** Words that link list items: a candidate may span them only as a whole chunk. */
const LINKS = new Set(['and', 'or', 'as', 'well']);
const FUNCTION_WORDS = /^(?:of|on|in|for|to|with|between|among|against|across|the|a|an)$/i;

function isNoun(term: TaggedTerm): boolean {
  return (
    (term.tags.has('Noun') || term.tags.has('Plural')) &&
    !term.tags.has('Pronoun') &&
    !term.tags.has('Adjective')
  );
}

function opens(term: TaggedTerm): boolean {
  return isCore(term) && !FUNCTION_WORDS.test(term.text);
}

/** A word's part of speech in one letter, for the pattern feature. */
function posOf(term: TaggedTerm): string {
  const t = term.tags;
  if (t.has('ProperNoun')) return 'P';
  if (t.has('Plural')) return 'S';
  if (t.has('Gerund')) return 'G';
  if (t.has('Noun')) return 'N';
  if (t.has('Adjective')) return 'A';
  if (t.has('Preposition')) return 'p';
  if (t.has('Determiner')) return 'd';
  return 'o';
}

function lower(term: TaggedTerm | undefined): string {
  return term ? term.text.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '') : '';
}

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

/** A span already spoken for (a name or a rule topic), in sentence offsets. */
export interface Taken {
  readonly start: number;
  readonly end: number;
}

/** Trailing punctuation that is no part of a candidate's name. */
const TRAILING = /[.,;:)"”]+$/;

/**
 * What the candidates of one call read of each word, computed once per word rather than once
 * per candidate holding it (a chunk of n words offers up to 6n runs).
 */
export class Words {
  private readonly lowered: (string | undefined)[] = [];
  private readonly stemmed: (string | undefined)[] = [];
  private readonly patterns: (string | undefined)[] = [];
  private readonly fullBusy: (boolean | undefined)[] = [];
  private readonly coreBusy: (boolean | undefined)[] = [];
  private readonly coreEnds: (number | undefined)[] = [];
  private readonly opening: (boolean | undefined)[] = [];
  private readonly nouns: (boolean | undefined)[] = [];
  private readonly features = new Map<string, (string | undefined)[]>();

  /** `taken`: the spans of names and rule topics, in sentence offsets. */
  constructor(
    private readonly sentence: string,
    private readonly terms: readonly TaggedTerm[],
    private readonly taken: readonly Taken[],
  ) {}

  isNoun(k: number): boolean {
    this.nouns[k] ??= isNoun(this.terms[k]!);
    return this.nouns[k];
  }

  /** A run may open on the word (a content word, no function word). */
  opens(k: number): boolean {
    this.opening[k] ??= opens(this.terms[k]!);
    return this.opening[k];
  }

  /** A run that reached word `k - 1` crosses a list link or a comma by taking word `k`. */
  crossesInto(k: number): boolean {
    return LINKS.has(this.lower(k)) || /[,;:]/.test(this.terms[k - 1]!.post);
  }

  /**
   * Where a run ending on word `k` ends: the word without its trailing punctuation (a word of
   * punctuation only ends the run where trimming the whole run's tail would).
   */
  coreEnd(k: number): number {
    if (this.coreEnds[k] === undefined) {
      const t = this.terms[k]!;
      const core = this.sentence.slice(t.start, t.end).replace(TRAILING, '');
      this.coreEnds[k] = core ? t.start + core.length : -1;
    }
    return this.coreEnds[k];
  }

  lower(k: number): string {
    this.lowered[k] ??= lower(this.terms[k]);
    return this.lowered[k];
  }

  stem(k: number): string {
    this.stemmed[k] ??= stem(this.lower(k));
    return this.stemmed[k];
  }

  /** The feature `family` + `value` read at word `k`, one string per word and family. */
  feature(family: string, k: number, value: string): string {
    let byWord = this.features.get(family);
    if (!byWord) {
      byWord = [];
      this.features.set(family, byWord);
    }
    byWord[k] ??= family + value;
    return byWord[k];
  }

  text(k: number): string {
    return this.terms[k]!.text;
  }

  pos(k: number): string {
    this.patterns[k] ??= posOf(this.terms[k]!);
    return this.patterns[k];
  }

  private overlaps(start: number, end: number): boolean {
    return this.taken.some((span) => span.start < end && span.end > start);
  }

  /** The whole word overlaps a taken span: so does every run holding it before its last word. */
  busy(k: number): boolean {
    const t = this.terms[k]!;
    this.fullBusy[k] ??= this.overlaps(t.start, t.end);
    return this.fullBusy[k];
  }

  /** The word without its trailing punctuation overlaps a taken span: so does a run ending on it. */
  busyAsLast(k: number): boolean {
    const t = this.terms[k]!;
    if (this.coreBusy[k] === undefined) {
      const end = this.coreEnd(k);
      this.coreBusy[k] = this.overlaps(t.start, end < 0 ? t.start : end);
    }
    return this.coreBusy[k];
  }
}

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
    for (let a = a0; a <= b0; a++) {
      if (!words.opens(a) || words.busyAsLast(a)) continue;
      for (let b = a; b <= b0 && b - a < MAX_WORDS; b++) {
        // A comma or link inside the run: only the whole chunk may cross one. (Each step adds
        // one word: the runs before it crossed none, or the loop had stopped.)
        if (b > a && words.crossesInto(b) && !(a === a0 && b === b0)) break;
        // A taken word before the last: every longer run holds it too.
        if (b > a && words.busy(b - 1)) break;
        if (!words.isNoun(b) || words.busyAsLast(b)) continue;
        const start = terms[a]!.start;
        const end = words.coreEnd(b);
        const text =
          end >= 0
            ? sentence.slice(start, end)
            : sentence.slice(start, terms[b]!.end).replace(TRAILING, '');
        if (!text) continue;
        coordinated ??= hasLink(words, terms, a0, b0);
        const features = featuresOf(words, {
          a,
          b,
          before: terms[a - 1],
          after: terms[b + 1],
          whole: a === a0 && b === b0,
          maximalSegment:
            segmentBound(words, terms, a, a0, -1) && segmentBound(words, terms, b, b0, 1),
          coordinated,
          // The rules' own list test (listItem.ts): ", X," or ", and X." around the words.
          listed: inList(sentence, start, start + text.length),
          distanceWords: a - firstAt,
          known: known(text),
        });
        out.push({ start, end: start + text.length, text, features });
      }
    }
  }
  return out;
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
  before: TaggedTerm | undefined;
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
    words.feature('prev:', c.a, lower(c.before)),
    words.feature('next:', c.b, lower(c.after)),
    DISTANCES[distance(c.distanceWords)],
    c.whole ? 'whole:true' : 'whole:false',
    c.maximalSegment ? 'seg:true' : 'seg:false',
    c.coordinated ? 'coordinated:true' : 'coordinated:false',
    c.listed ? 'listed:true' : 'listed:false',
    c.known ? 'known:true' : 'known:false',
    `head+len:${head}|${n}`,
    SEGMENT_LENGTHS[c.maximalSegment ? 1 : 0]![n]!,
    `first+head:${first}|${head}`,
  ];
  for (let k = c.a; k < c.b; k++) out.push(words.feature('mod:', k, words.stem(k)));
  if (capital) out.push('capital');
  if (c.a === c.b) out.push(words.feature('single:', c.b, head));
  return out;
}
