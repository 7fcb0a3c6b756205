/**
 * Candidates of the learnt topic selector (selector/apply.ts): the
 * noun phrases of a commitment's words, read from the words the topic pass tags (taggedScopes.ts),
 * each with the sparse features the model weighs. A candidate is a run of words inside one noun chunk
 * (chunks.ts) that ends in a noun and opens on a content word, cut at the commas and
 * conjunctions of a list, so that "nuclear and missile programs" offers "missile programs" and
 * "nuclear and missile programs" alike; the model, not this module, decides which one is a topic.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { chunks } from '../chunks';
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
function distance(words: number): string {
  if (words === 0) return '0';
  if (words <= 2) return '1-2';
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  return '11+';
}

/**
 * The candidates of the words `[from, to)` of a sentence tagged as `terms`; `known` says whether
 * the thesaurus or the learnt lexicon names a phrase.
 */
export function topicCandidates(
  sentence: string,
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
): ModelCandidate[] {
  const out: ModelCandidate[] = [];
  const firstAt = terms.findIndex((t) => t.start >= from);
  if (firstAt < 0) return out;
  for (const chunk of chunks(terms as TaggedTerm[], from, to)) {
    const a0 = terms.findIndex((t) => t.start >= chunk.start);
    const b0 = terms.findLastIndex((t) => t.end <= chunk.end);
    if (a0 < 0 || b0 < a0) continue;
    const coordinated = hasLink(terms, a0, b0);
    for (let a = a0; a <= b0; a++) {
      if (!opens(terms[a]!)) continue;
      for (let b = a; b <= b0 && b - a < MAX_WORDS; b++) {
        // A comma or link inside the run: only the whole chunk may cross one.
        if (b > a && crosses(terms, a, b) && !(a === a0 && b === b0)) break;
        if (!isNoun(terms[b]!)) continue;
        const start = terms[a]!.start;
        const end = terms[b]!.end;
        const text = sentence.slice(start, end).replace(/[.,;:)"”]+$/, '');
        if (!text) continue;
        const span = terms.slice(a, b + 1);
        const features = featuresOf({
          span,
          before: terms[a - 1],
          after: terms[b + 1],
          whole: a === a0 && b === b0,
          maximalSegment: segmentBound(terms, a, a0, -1) && segmentBound(terms, b, b0, 1),
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

function hasLink(terms: readonly TaggedTerm[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (LINKS.has(lower(terms[k]))) return true;
    if (k < b && /,/.test(terms[k]!.post)) return true;
  }
  return false;
}

/** Whether the words `a..b` cross a list link or a comma. */
function crosses(terms: readonly TaggedTerm[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (k > a && LINKS.has(lower(terms[k]))) return true;
    if (k < b && /[,;:]/.test(terms[k]!.post)) return true;
  }
  return false;
}

/** Whether `k` is the first (step -1) or last (step 1) word of its list segment in the chunk. */
function segmentBound(
  terms: readonly TaggedTerm[],
  k: number,
  edge: number,
  step: -1 | 1,
): boolean {
  if (k === edge) return true;
  const next = terms[k + step]!;
  if (LINKS.has(lower(next)) || FUNCTION_WORDS.test(next.text)) return true;
  const comma = step === 1 ? terms[k]!.post : next.post;
  return /[,;:]/.test(comma);
}

interface Context {
  span: readonly TaggedTerm[];
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

/** The sparse features of one candidate (strings; the model holds a weight per string). */
function featuresOf(c: Context): string[] {
  const words = c.span.map(lower);
  const head = stem(words[words.length - 1]!);
  const first = words[0]!;
  const pattern = c.span.map(posOf).join('');
  const n = Math.min(words.length, 5);
  const out = [
    'bias',
    `head:${head}`,
    `first:${first}`,
    `len:${n}`,
    `pos:${pattern}`,
    `prev:${lower(c.before)}`,
    `next:${lower(c.after)}`,
    `dist:${distance(c.distanceWords)}`,
    `whole:${c.whole}`,
    `seg:${c.maximalSegment}`,
    `coordinated:${c.coordinated}`,
    `listed:${c.listed}`,
    `known:${c.known}`,
    `head+len:${head}|${n}`,
    `seg+len:${c.maximalSegment}|${n}`,
    `first+head:${first}|${head}`,
  ];
  for (const word of words.slice(0, -1)) out.push(`mod:${stem(word)}`);
  if (c.span.some((t) => /^\p{Lu}/u.test(t.text))) out.push('capital');
  if (words.length === 1) out.push(`single:${head}`);
  return out;
}
