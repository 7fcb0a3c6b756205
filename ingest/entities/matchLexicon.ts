/**
 * Find every lexicon alias in a piece of text (all occurrences, overlapping ones included);
 * choosing among overlaps is `selectHits`' job.
 */
import type { Lexicon, LexiconAlias } from '../lexicon';
import type { EntityHit } from '../types';
import { datedStart } from './dated';

export interface Candidate extends EntityHit {
  /** Where the candidate came from; lexicon entries beat generic guesses of equal length. */
  source: 'lexicon' | 'official' | 'phrase' | 'venue' | 'topic';
  surnameOnly?: boolean;
  /** A name built around other names ("President Moon’s visit to Washington") keeps them as nested hits. */
  keepsInner?: true;
  /** A name opening with its owner's possessive ("New Zealand’s Indo-Pacific policy") keeps the owner nested. */
  keepsOwner?: true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function atBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/** `WORD_CHAR` per UTF-16 code unit (as `atBoundary` tests them), computed once. */
let wordUnits: Uint8Array | undefined;
function isWordUnit(code: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++)
      wordUnits[unit] = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return wordUnits[code] === 1;
}

/**
 * The index key of a lexicon key: its first word run, joined with its second when it has one
 * ("nuclear\u0000weapons"); empty when the key starts with a non-word character.
 */
function leadingRuns(text: string): string {
  let end = 0;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  if (end === 0) return '';
  let next = end;
  while (next < text.length && !isWordUnit(text.charCodeAt(next))) next++;
  if (next === text.length) return text.slice(0, end);
  let last = next;
  while (last < text.length && isWordUnit(text.charCodeAt(last))) last++;
  return text.slice(0, end) + '\u0000' + text.slice(next, last);
}

/**
 * Every maximal run of word characters in the text, and every pair of consecutive runs: a key
 * found at a word boundary starts a run equal to its first run, and the run after it (across
 * the key's own non-word characters) equals its second.
 */
function runsOf(text: string): Set<string> {
  const runs = new Set<string>();
  let start = -1;
  let previous = '';
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordUnit(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const run = text.slice(start, i);
      runs.add(run);
      if (previous) runs.add(previous + '\u0000' + run);
      previous = run;
      start = -1;
    }
  }
  return runs;
}

interface CompiledLexicon {
  exact: Map<string, LexiconAlias[]>;
  folded: Map<string, LexiconAlias[]>;
  /**
   * Exact keys by their leading word run (or two runs, see `leadingRuns`). A key found at a word
   * boundary starts maximal runs of the text equal to those, so only keys whose runs the text
   * has can match; each entry
   * keeps its key's position in `exact` so matches come out in the same order.
   */
  exactByRun: Map<string, { key: string; rank: number }[]>;
  /** Exact keys starting with a non-word character: always searched. */
  exactUnindexed: { key: string; rank: number }[];
  /** The same index for the case-folded keys (topic labels), over the lowercased text. */
  foldedByRun: Map<string, { key: string; rank: number }[]>;
  foldedUnindexed: { key: string; rank: number }[];
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

type RankedKeys = { key: string; rank: number }[];

/** Keys by their leading word run or runs, keeping each key's rank (its position in `keys`). */
function indexByRun(keys: Map<string, unknown>): [Map<string, RankedKeys>, RankedKeys] {
  const byRun = new Map<string, RankedKeys>();
  const unindexed: RankedKeys = [];
  [...keys.keys()].forEach((key, rank) => {
    const run = leadingRuns(key);
    if (!run) {
      unindexed.push({ key, rank });
      return;
    }
    const list = byRun.get(run);
    if (list) list.push({ key, rank });
    else byRun.set(run, [{ key, rank }]);
  });
  return [byRun, unindexed];
}

/** Keys whose leading runs occur in the text, in rank order. */
function keysIn(text: string, byRun: Map<string, RankedKeys>, unindexed: RankedKeys): RankedKeys {
  const keys = [...unindexed];
  for (const run of runsOf(text)) {
    const list = byRun.get(run);
    if (list) keys.push(...list);
  }
  return keys.sort((a, b) => a.rank - b.rank);
}

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
  const [exactByRun, exactUnindexed] = indexByRun(exact);
  const [foldedByRun, foldedUnindexed] = indexByRun(folded);
  const compiled = { exact, folded, exactByRun, exactUnindexed, foldedByRun, foldedUnindexed };
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
  const { exact, folded, exactByRun, exactUnindexed, foldedByRun, foldedUnindexed } =
    compile(lexicon);
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  const emit = (alias: LexiconAlias, start: number, length: number) => {
    const entity = lexicon.entities.get(alias.entityId);
    if (!entity) return;
    if (!atBoundary(text, start, start + length)) return;
    // "the 2018 Panmunjom Declaration": the year is part of how the instrument is named.
    const from = entity.type === 'Instrument' ? datedStart(text, start) : start;
    const end = start + length;
    out.push({
      entityId: entity.id,
      type: entity.type,
      start: from + offset,
      end: end + offset,
      text: text.slice(from, end),
      source: 'lexicon',
      ...(alias.adjectival ? { adjectival: true } : {}),
      ...(alias.surnameOnly ? { surnameOnly: true } : {}),
    });
  };
  for (const { key } of keysIn(text, exactByRun, exactUnindexed)) {
    const aliases = exact.get(key)!;
    for (const at of occurrences(text, key))
      for (const alias of aliases) emit(alias, at, key.length);
  }
  // Lowercasing keeps UTF-16 lengths for this text's scripts, so offsets stay valid.
  for (const { key } of keysIn(lower, foldedByRun, foldedUnindexed)) {
    const aliases = folded.get(key)!;
    for (const at of occurrences(lower, key))
      for (const alias of aliases) emit(alias, at, key.length);
  }
  return out;
}
