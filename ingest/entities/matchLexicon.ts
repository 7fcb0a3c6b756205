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
  /** Its officials are the meeting's participants, what the clause is about too (not nested). */
  keepsParticipants?: true;
  /** A name opening with its owner's possessive ("New Zealand’s Indo-Pacific policy") keeps the owner nested. */
  keepsOwner?: true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A topic term ending in a name whose possessive follows: "support for Ukraine’s sovereignty" is
 * support for the sovereignty, which the name owns; the term is not what the phrase says.
 */
function partOfLonger(text: string, end: number): boolean {
  return /^[’']s\b/.test(text.slice(end, end + 3)) && /^\p{Lu}/u.test(lastWord(text, end));
}

function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end);
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

/** No word character right before `start` or at `end` (a space stands in past either edge). */
function atBoundary(text: string, start: number, end: number): boolean {
  // The code-unit table, not a regex test of a one-character string built per candidate.
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return false;
  return end >= text.length || !isWordUnit(text.charCodeAt(end));
}

/**
 * The first word run of a lexicon key and its second run when it has one ("nuclear",
 * "weapons"); the first is empty when the key starts with a non-word character.
 */
function leadingRuns(text: string): [string, string | undefined] {
  let end = 0;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  if (end === 0) return ['', undefined];
  let next = end;
  while (next < text.length && !isWordUnit(text.charCodeAt(next))) next++;
  if (next === text.length) return [text.slice(0, end), undefined];
  let last = next;
  while (last < text.length && isWordUnit(text.charCodeAt(last))) last++;
  return [text.slice(0, end), text.slice(next, last)];
}

/** Keys opening with one word run, as ranks: those of one run, and by their second run. */
interface RunEntry {
  alone?: number[];
  bySecond?: Map<string, number[]>;
}

/**
 * Keys by their leading word run (and second run, see `leadingRuns`), as ranks (positions in
 * `keys`). A key found at a word boundary starts a maximal run of the text equal to its first,
 * and the run after it (across the key's own non-word characters) equals its second; so only
 * keys whose runs the text has can match, and ranks keep matches in the map's order.
 */
interface RunIndex {
  keys: string[];
  byFirst: Map<string, RunEntry>;
  /** Keys starting with a non-word character: always searched. */
  unindexed: number[];
  /** Marks of the first runs' `runMark`s: a run with no mark opens no key (see `keysIn`). */
  openers: Uint8Array;
}

/**
 * A cheap fingerprint of a run (its first two code units and its length) read in place: most
 * runs of a text open no key, and this spares them the slice and the map lookup.
 */
function runMark(text: string, start: number, length: number): number {
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  return (text.charCodeAt(start) * 31 + second + Math.min(length, 31) * 7919) & 0xffff;
}

interface CompiledLexicon {
  exact: Map<string, LexiconAlias[]>;
  /** Case-folded keys (topic labels), searched in the lowercased text. */
  folded: Map<string, LexiconAlias[]>;
  exactIndex: RunIndex;
  foldedIndex: RunIndex;
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

function push<K>(map: Map<K, number[]>, key: K, rank: number): void {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
}

function indexByRun(map: Map<string, unknown>): RunIndex {
  const keys = [...map.keys()];
  const byFirst = new Map<string, RunEntry>();
  const unindexed: number[] = [];
  const openers = new Uint8Array(0x10000);
  keys.forEach((key, rank) => {
    const [first, second] = leadingRuns(key);
    if (!first) {
      unindexed.push(rank);
      return;
    }
    openers[runMark(first, 0, first.length)] = 1;
    let entry = byFirst.get(first);
    if (!entry) {
      entry = {};
      byFirst.set(first, entry);
    }
    if (second === undefined) {
      entry.alone ??= [];
      entry.alone.push(rank);
    } else {
      entry.bySecond ??= new Map();
      push(entry.bySecond, second, rank);
    }
  });
  return { keys, byFirst, unindexed, openers };
}

/**
 * Keys whose leading runs occur in the text, in rank order. The text's maximal word runs are
 * walked once; only a run that opens some key is looked up, and its next run only when keys
 * of two runs open with it (no string is built per pair of words).
 */
function keysIn(text: string, { keys, byFirst, unindexed, openers }: RunIndex): string[] {
  // A list once, however often its runs recur.
  const lists = new Set<number[]>();
  // The entry of the run before the current one, when keys of two runs open with it.
  let pending: Map<string, number[]> | undefined;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordUnit(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const opens = openers[runMark(text, start, i - start)] === 1;
      if (!opens && pending === undefined) {
        start = -1;
        continue;
      }
      const run = text.slice(start, i);
      const pair = pending?.get(run);
      if (pair) lists.add(pair);
      const entry = opens ? byFirst.get(run) : undefined;
      if (entry?.alone) lists.add(entry.alone);
      pending = entry?.bySecond;
      start = -1;
    }
  }
  let count = unindexed.length;
  for (const list of lists) count += list.length;
  // A typed array sorts numerically without a comparator.
  const ranks = new Int32Array(count);
  ranks.set(unindexed);
  let at = unindexed.length;
  for (const list of lists) {
    ranks.set(list, at);
    at += list.length;
  }
  ranks.sort();
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = keys[ranks[i]!]!;
  return out;
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
  const compiled = {
    exact,
    folded,
    exactIndex: indexByRun(exact),
    foldedIndex: indexByRun(folded),
  };
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

/**
 * "She speaks Spanish, Portuguese and French", "fluent in Korean", "the Swedish language": a
 * demonym that names a language names no state (archive biographies; session 16).
 */
const LANGUAGE_BEFORE =
  /\b(?:speaks?|spoke|speaking|fluent in|proficient in)\s+(?:[A-Z][\p{L}-]+,?\s+(?:and\s+)?)*$/u;
const LANGUAGE_AFTER = /^(?:-speaking|\s+(?:language|speakers?|translation|interpreter)\b)/;

function namesLanguage(text: string, start: number, end: number): boolean {
  return (
    LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) ||
    LANGUAGE_AFTER.test(text.slice(end, end + 16))
  );
}

/** Where `emit` puts candidates: the text searched, its offset, the output list. */
interface Into {
  lexicon: Lexicon;
  text: string;
  offset: number;
  out: Candidate[];
}

/**
 * One alias found at `start`, kept when it stands at word boundaries. A module function: as a
 * closure it was built (and named, by the name-keeping wrapper) on every sentence.
 */
function emit(
  { lexicon, text, offset, out }: Into,
  alias: LexiconAlias,
  start: number,
  length: number,
) {
  const entity = lexicon.entities.get(alias.entityId);
  if (!entity) return;
  if (!atBoundary(text, start, start + length)) return;
  if (entity.type === 'Topic' && partOfLonger(text, start + length)) return;
  if (alias.adjectival && namesLanguage(text, start, start + length)) return;
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
}

/** Candidates for `text`, with offsets shifted by `offset` (the text's place in the document). */
export function matchLexicon(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  const { exact, folded, exactIndex, foldedIndex } = compile(lexicon);
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  const into: Into = { lexicon, text, offset, out };
  for (const key of keysIn(text, exactIndex)) {
    const aliases = exact.get(key)!;
    for (const at of occurrences(text, key))
      for (const alias of aliases) emit(into, alias, at, key.length);
  }
  // Lowercasing keeps UTF-16 lengths for this text's scripts, so offsets stay valid.
  for (const key of keysIn(lower, foldedIndex)) {
    const aliases = folded.get(key)!;
    for (const at of occurrences(lower, key))
      for (const alias of aliases) emit(into, alias, at, key.length);
  }
  return out;
}
