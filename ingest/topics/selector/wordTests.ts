/**
 * The word tests of the learnt topic selector, one word at a time: which words link list items
 * or open enumerations, whether a word is a noun or may open a candidate run, its part of speech
 * for the pattern feature. words.ts caches them per sentence.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { isCore } from '../chunkTerms';
import { inCoreHyphenWord } from '../hyphenWord';

/** Words that link list items: a candidate may span them only as a whole chunk. */
export const LINKS = new Set(['and', 'or', 'as', 'well']);
/** Words that open an enumeration ("including chemicals, machinery, …"). */
export const LEADS: ReadonlySet<string> = new Set([
  'including',
  'notably',
  'namely',
  'especially',
  'particularly',
  'like',
]);
export const FUNCTION_WORDS = /^(?:of|on|in|for|to|with|between|among|against|across|the|a|an)$/i;

export function isNoun(term: TaggedTerm): boolean {
  return (
    (term.tags.has('Noun') || term.tags.has('Plural')) &&
    !term.tags.has('Pronoun') &&
    !term.tags.has('Adjective')
  );
}

export function opens(terms: readonly TaggedTerm[], k: number): boolean {
  const term = terms[k]!;
  // "at-risk populations", "non-sanctioned persons": a hyphenated word opens a run at its first
  // part, whatever that part is alone (hyphenWord.ts).
  if (HYPHEN.test(term.post) && (k === 0 || !HYPHEN.test(terms[k - 1]!.post)))
    return inCoreHyphenWord(terms, k);
  return isCore(term) && !FUNCTION_WORDS.test(term.text);
}

/** A word's part of speech in one letter, for the pattern feature. */
export function posOf(term: TaggedTerm): string {
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

export function lower(term: TaggedTerm | undefined): string {
  return term ? term.text.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '') : '';
}

/** A hyphen with no space around it: the two words around it are one word. */
export const HYPHEN = /^[-‐‑]$/;

/** Trailing punctuation that is no part of a candidate's name. */
export const TRAILING = /[.,;:)"”]+$/;
