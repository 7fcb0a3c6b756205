/**
 * Where lexicon keys can stand in a text, found by its word runs instead of a search per key:
 * the lexicon's keys are indexed by their leading word run (and second run), the text's maximal
 * word runs are walked once, and a key is checked only where its runs stand. A key that matches
 * at word boundaries starts a maximal run equal to its first run, so the walk finds every
 * place `matchLexicon` keeps, in the order it emits them (by key, then by offset).
 */

import { sortNumbers } from './sortNumbers';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `WORD_CHAR` per UTF-16 code unit, computed once. */
let wordUnits: Uint8Array | undefined;
export function isWordUnit(code: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++)
      wordUnits[unit] = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return wordUnits[code] === 1;
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
export interface RunIndex {
  keys: string[];
  byFirst: Map<string, RunEntry>;
  /** Keys starting with a non-word character: always searched. */
  unindexed: number[];
  /** Marks of the first runs' `runMark`s: a run with no mark opens no key. */
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

function push<K>(map: Map<K, number[]>, key: K, rank: number): void {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
}

export function indexByRun(keys: string[]): RunIndex {
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

/** The maximal word runs of `text`, as start and end offsets in turn. */
export function wordRuns(text: string): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const word = isWordUnit(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      runs.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) runs.push(start, text.length);
  return runs;
}

/** One place of a key: `rank * span + offset` (sorted as numbers: by key, then by offset). */
export interface KeyStarts {
  codes: number[];
  span: number;
}

/**
 * Where the keys of `index` can stand in `text`, whose maximal word runs are `runs`: each key
 * of one run (or of two) at a run equal to its first (and the next run to its second) when the
 * text there starts with the whole key, and every occurrence of a key starting with a non-word
 * character. The word-boundary test at both ends is left to the caller, as after a plain search.
 */
export function keyStarts(text: string, runs: readonly number[], index: RunIndex): KeyStarts {
  const { keys, byFirst, unindexed, openers } = index;
  const span = text.length + 1;
  const codes: number[] = [];
  for (const rank of unindexed) {
    const key = keys[rank]!;
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1))
      codes.push(rank * span + at);
  }
  // The pair keys of the run before the current one, and where that run starts.
  let pending: Map<string, number[]> | undefined;
  let pendingAt = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    const end = runs[r + 1]!;
    const opens = openers[runMark(text, start, end - start)] === 1;
    if (!opens && pending === undefined) continue;
    const run = text.slice(start, end);
    const pair = pending?.get(run);
    if (pair) {
      for (const rank of pair)
        if (text.startsWith(keys[rank]!, pendingAt)) codes.push(rank * span + pendingAt);
    }
    const entry = opens ? byFirst.get(run) : undefined;
    if (entry?.alone) {
      for (const rank of entry.alone)
        if (text.startsWith(keys[rank]!, start)) codes.push(rank * span + start);
    }
    pending = entry?.bySecond;
    pendingAt = start;
  }
  return { codes: sortNumbers(codes), span };
}

/**
 * Keys whose leading runs occur in the text, in rank order (each to be searched for in full):
 * the plain way, for a text whose lowercase moved offsets (see `matchLexicon`).
 */
export function keysIn(text: string, index: RunIndex): string[] {
  const { keys, byFirst, unindexed } = index;
  const ranks = new Set<number>(unindexed);
  let pending: Map<string, number[]> | undefined;
  const runs = wordRuns(text);
  for (let r = 0; r < runs.length; r += 2) {
    const run = text.slice(runs[r], runs[r + 1]);
    for (const rank of pending?.get(run) ?? []) ranks.add(rank);
    const entry = byFirst.get(run);
    for (const rank of entry?.alone ?? []) ranks.add(rank);
    pending = entry?.bySecond;
  }
  return Int32Array.from(ranks)
    .sort()
    .reduce<string[]>((out, rank) => {
      out.push(keys[rank]!);
      return out;
    }, []);
}
