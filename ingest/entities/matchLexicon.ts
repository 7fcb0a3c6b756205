/**
 * Find every lexicon alias in a piece of text (all occurrences, overlapping ones included);
 * choosing among overlaps is `selectHits`' job.
 */
import type { Lexicon, LexiconAlias } from '../lexicon';
import type { EntityHit } from '../types';

export interface Candidate extends EntityHit {
  /** Where the candidate came from; lexicon entries beat generic guesses of equal length. */
  source: 'lexicon' | 'official' | 'phrase' | 'venue' | 'topic';
  surnameOnly?: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function atBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

interface CompiledLexicon {
  exact: Map<string, LexiconAlias[]>;
  folded: Map<string, LexiconAlias[]>;
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const exact = new Map<string, LexiconAlias[]>();
  const folded = new Map<string, LexiconAlias[]>();
  for (const alias of lexicon.aliases) {
    const map = alias.caseInsensitive ? folded : exact;
    const key = alias.caseInsensitive ? alias.alias.toLowerCase() : alias.alias;
    const list = map.get(key) ?? [];
    list.push(alias);
    map.set(key, list);
  }
  const compiled = { exact, folded };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Candidates for `text`, with offsets shifted by `offset` (the text's place in the document). */
export function matchLexicon(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  const { exact, folded } = compile(lexicon);
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  const emit = (alias: LexiconAlias, start: number, length: number) => {
    const entity = lexicon.entities.get(alias.entityId);
    if (!entity) return;
    if (!atBoundary(text, start, start + length)) return;
    out.push({
      entityId: entity.id,
      type: entity.type,
      start: start + offset,
      end: start + length + offset,
      text: text.slice(start, start + length),
      source: 'lexicon',
      ...(alias.adjectival ? { adjectival: true } : {}),
      ...(alias.surnameOnly ? { surnameOnly: true } : {}),
    });
  };
  for (const [key, aliases] of exact) {
    for (const at of occurrences(text, key))
      for (const alias of aliases) emit(alias, at, key.length);
  }
  for (const [key, aliases] of folded) {
    for (const at of occurrences(lower, key))
      for (const alias of aliases) emit(alias, at, key.length);
  }
  return out;
}
