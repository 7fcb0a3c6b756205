/**
 * Text normalisation shared by every matching rule of the scorer. Gold files and extractions
 * disagree on typography (the corpus keeps curly quotes, one file has straight ones, a page break
 * leaves double spaces), and none of that is an extraction error, so it is folded away here once.
 */

import { remember } from '../boundedMemo';
import { stem } from '../topics/plural';

/** Curly single quotes, primes and backticks → `'`; curly double quotes → `"`; dashes kept. */
function foldQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

/** Whitespace (including no-break and narrow no-break spaces) collapsed to one space, trimmed. */
function foldSpace(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** Sentence comparison: quotes and whitespace folded, case kept (a sentence is quoted verbatim). */
export function normSentence(text: string): string {
  return foldSpace(foldQuotes(text.normalize('NFC')));
}

/** Name comparison: as `normSentence`, and case-insensitive. */
export function normName(text: string): string {
  return normSentence(text).toLowerCase();
}

/** Words that carry no topic of their own ("the rule of law" is the topic "rule of law"). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'between',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'its',
  'of',
  'on',
  'or',
  'other',
  'our',
  'over',
  'such',
  'the',
  'their',
  'this',
  'to',
  'with',
]);

/** Lowercased, stemmed word tokens; hyphens and apostrophes split words ("cross-strait"). */
function wordTokens(text: string): string[] {
  return (normName(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

/** `wordTokens` without stop words: the words that say what a topic is. */
export function contentTokens(text: string): string[] {
  return wordTokens(text).filter((token) => !STOP_WORDS.has(token));
}

/** True when `needle` occurs in `haystack` as a run of whole tokens. */
function containsTokens(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let k = 0; k < needle.length; k++) {
      if (haystack[start + k] !== needle[k]) continue outer;
    }
    return true;
  }
  return false;
}

/** |A ∩ B| / |A ∪ B| over token sets; 0 when both are empty. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
}

interface Folded {
  name: string;
  words: string[];
  joined: string;
  content: string[];
}

/**
 * Names already folded: the scorer compares every gold topic with every predicted one, and the
 * learnt selector's labels every candidate with its commitment's gold topics, so the same few
 * thousand names come back; folding them was most of `npm run eval`. Cleared when large.
 */
const folded = new Map<string, Folded>();

function foldedOf(text: string): Folded {
  let entry = folded.get(text);
  if (!entry) {
    const words = wordTokens(text);
    entry = {
      name: normName(text),
      words,
      joined: words.join(' '),
      content: words.filter((token) => !STOP_WORDS.has(token)),
    };
    remember(folded, text, entry);
  }
  return entry;
}

/**
 * Fuzzy topic similarity in [0, 1], 0 meaning "no match": equal normalised names score 1, a
 * whole-word containment scores 0.5 + half the token Jaccard (so the closer containment wins
 * when several candidates contain each other), a token Jaccard ≥ 0.5 scores its Jaccard.
 */
export function topicSimilarity(a: string, b: string): number {
  const left = foldedOf(a);
  const right = foldedOf(b);
  if (left.name === right.name) return 1;
  const wordsA = left.words;
  const wordsB = right.words;
  if (left.joined === right.joined && wordsA.length > 0) return 1;
  const contentA = left.content;
  const contentB = right.content;
  const overlap = jaccard(contentA, contentB);
  // Containment needs the shorter side to have a content word: "of the" contains nothing.
  const [longer, shorter] = wordsA.length >= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const shorterHasContent = (wordsA.length >= wordsB.length ? contentB : contentA).length > 0;
  if (shorterHasContent && containsTokens(longer, shorter)) return 0.5 + overlap / 2;
  return overlap >= 0.5 ? overlap : 0;
}
