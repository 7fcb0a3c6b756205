/**
 * A faster drop-in for compromise's `methods.one.bulkMatch` (the "sweep" that runs the
 * post-tagger's few hundred match patterns over every clause). The original, per clause, walks
 * all ~1,500 hook keys of the pattern net and concatenates arrays for each one present; profiling
 * put a third of the sweep there. Here each clause's own words and tags are looked up instead,
 * then put back in the net's key order, so candidates come out in the very same order (order
 * matters: later matches win when the tagger applies them). The rest is the original algorithm,
 * but for the clause word sets (`cacheDoc`), built with their `#tag` strings reused.
 *
 * Installed only on the compromise release it was written against; any other keeps its own.
 */
import nlp from 'compromise';
import { ClauseIndex, type IndexedTerm } from './clauseIndex';
import { ON_WRITTEN_VERSION } from './compromiseSource';
import { fastMatch, type MatchTodo } from './fastMatch';
import { sortNumbers } from './sortNumbers';
import { Filter, fileEntries, firstGuess } from './sweepAnchors';

/** The slice of compromise's internals used here (its types do not describe them). */
interface NetMatch extends MatchTodo {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  tag?: unknown;
  chunk?: unknown;
  reason?: unknown;
  safe?: unknown;
  freeze?: unknown;
}
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
type Pointer = (number | string | undefined)[];
type Document = ({ id?: string } & IndexedTerm)[][];
interface SweepMethods {
  one: {
    match(docs: Document, match: NetMatch): { ptrs: Pointer[] };
  };
}
type Found = NetMatch & { pointer: Pointer };
/**
 * `forTagger`: the matches go to compromise's `bulkTagger` and nowhere else (the lean
 * post-tagger), so each is a copy of the fields that reads (sweep/methods/tagger/index.js)
 * instead of the whole pattern (its parsed terms, needs, wants …), a spread per match.
 */
type BulkMatch = (
  document: Document,
  net: Net,
  methods: SweepMethods,
  opts?: { matchOne?: boolean; forTagger?: boolean },
) => Found[];

/** A pattern with where it sits in the net: `[key index, position in that key's list]` pairs. */
interface Entry {
  id: number;
  match: NetMatch;
  /** The pattern's filters, copied: patterns come in many shapes, these records in one. */
  filter: Filter;
  /** Ascending by key index (the order `Object.keys(net.hooks)` gives). */
  places: [number, number][];
}

interface Prepared {
  keys: string[];
  order: Map<string, number>;
  /**
   * Each pattern filed under one of its needs (it cannot run without it), or under each of its
   * wants when it must have one of them (see `fileEntries`). Undefined when two patterns share a
   * text: the original's first-by-text rule then needs the plain walk.
   */
  anchored?: Map<string, Entry[]>;
  entries: Entry[];
  /** Clauses sampled so far, and in how many of them each word or tag stood (see `sample`). */
  sampled: number;
  counts?: Map<string, number>;
  /** Per-pattern mark of the clause that last looked at it (no Set per clause). */
  stamps: Uint32Array;
  /** The patterns by entry id (see `candidates`' sort keys). */
  byId: NetMatch[];
  stamp: number;
}
const prepared = new WeakMap<Net, Prepared>();

function prepare(net: Net): Prepared {
  const cached = prepared.get(net);
  if (cached) return cached;
  const keys = Object.keys(net.hooks);
  const order = new Map(keys.map((key, i) => [key, i]));
  const entries = new Map<NetMatch, Entry>();
  const texts = new Set<string>();
  let unique = true;
  keys.forEach((key, k) => {
    net.hooks[key]!.forEach((match, position) => {
      let entry = entries.get(match);
      if (!entry) {
        if (texts.has(match.match)) unique = false;
        texts.add(match.match);
        entry = { id: entries.size, match, filter: new Filter(match), places: [] };
        entries.set(match, entry);
      }
      entry.places.push([k, position]);
    });
  });
  let anchored: Map<string, Entry[]> | undefined;
  // The sort keys of `candidates` must stay exact integers.
  if (unique && keys.length * PLACES * entries.size < Number.MAX_SAFE_INTEGER)
    anchored = fileEntries(entries.values(), firstGuess);
  const byId = [...entries.values()].map((entry) => entry.match);
  const result: Prepared = {
    keys,
    order,
    entries: [...entries.values()],
    sampled: 0,
    stamps: new Uint32Array(entries.size),
    byId,
    stamp: 0,
  };
  if (anchored) result.anchored = anchored;
  prepared.set(net, result);
  return result;
}

/** More than the longest list of one key of the net (positions in a key's list are below it). */
const PLACES = 1e6;

/** Clauses counted before the patterns are filed again by how often their keys stood. */
const SAMPLE = 400;

/** Counts the clause's words and tags; at `SAMPLE` clauses, files the patterns anew. */
function sample(net_: Prepared, haves: Set<string>): void {
  net_.counts ??= new Map();
  const { counts } = net_;
  for (const item of haves) counts.set(item, (counts.get(item) ?? 0) + 1);
  net_.sampled++;
  if (net_.sampled < SAMPLE) return;
  // A key never seen is as rare as can be, but not free: its anchor may hold many patterns.
  net_.anchored = fileEntries(net_.entries, (key) => (counts.get(key) ?? 0) + 1);
  delete net_.counts;
}

/** The original walk: every present key's list, first occurrence of each text kept. */
function walk(net: Net, net_: Prepared, haves: Set<string>, termCount: number): NetMatch[] {
  const present: number[] = [];
  for (const item of haves) {
    const i = net_.order.get(item);
    if (i !== undefined) present.push(i);
  }
  present.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const i of present) {
    for (const m of net.hooks[net_.keys[i]!]!) {
      // Duplicates are dropped before the filters, by pattern text, first one kept.
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (new Filter(m).passes(haves, termCount)) out.push(m);
    }
  }
  return out;
}

/**
 * The first of a pattern's places whose key the clause has. A pattern that passed the filters
 * has one; most sit in one place only, which needs no lookup.
 */
function firstPresent(
  places: [number, number][],
  keys: string[],
  haves: Set<string>,
): [number, number] {
  if (places.length === 1) return places[0]!;
  for (const place of places) if (haves.has(keys[place[0]]!)) return place;
  throw new Error('fastSweep: a candidate pattern with none of its keys in the clause');
}

/**
 * Candidate matches for one clause, as `getHooks` + `trimDown` + `tooSmall` choose them: a
 * pattern comes where its first present key puts it in the walk, so sorting by that place
 * gives the walk's order without walking.
 */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const net_ = prepare(net);
  const { anchored, stamps, keys } = net_;
  let out: NetMatch[];
  if (!anchored) {
    out = walk(net, net_, haves, termCount);
  } else {
    if (net_.sampled < SAMPLE) sample(net_, haves);
    const stamp = ++net_.stamp;
    const ids = net_.byId.length;
    // One number per candidate, its place in the walk then its id: sorted as numbers (no
    // comparator, no object per candidate), the places give the walk's order (each place is one
    // pattern's) and the ids the patterns back.
    const found: number[] = [];
    for (const item of haves) {
      const list = anchored.get(item);
      if (!list) continue;
      for (const entry of list) {
        if (stamps[entry.id] === stamp) continue;
        stamps[entry.id] = stamp;
        if (!entry.filter.passes(haves, termCount)) continue;
        const first = firstPresent(entry.places, keys, haves);
        found.push((first[0] * PLACES + first[1]) * ids + entry.id);
      }
    }
    const sorted = sortNumbers(found);
    out = new Array<NetMatch>(sorted.length);
    for (let i = 0; i < sorted.length; i++) out[i] = net_.byId[sorted[i]! % ids]!;
  }
  // `always` is appended after the filters and only checked for length, as in the original.
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** For tests: the candidates of one clause, and those of the original walk. */
export const sweepCandidates = candidates;
export function walkCandidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const out = walk(net, prepare(net), haves, termCount);
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** `'#' + tag` once per tag: a string built anew per term must be hashed anew by each Set. */
const hashTags = new Map<string, string>();

/**
 * compromise's `cacheDoc` (1-one/cache/methods/cacheDoc.js): per clause, the set of its words
 * and `#tags`, in the same order, with the `#tag` strings reused instead of rebuilt.
 */
export function cacheDoc(document: Document): Set<string>[] {
  return document.map((terms) => {
    const items = new Set<string>();
    for (const term of terms) {
      if (term.normal !== '') items.add(term.normal as string);
      if (term.switch) items.add(`%${term.switch}%`);
      if (term.implicit) items.add(term.implicit);
      if (term.machine) items.add(term.machine);
      if (term.root) items.add(term.root);
      if (term.alias) for (const alias of term.alias) items.add(alias);
      for (const tag of term.tags ?? []) {
        let hashed = hashTags.get(tag);
        if (hashed === undefined) {
          hashed = `#${tag}`;
          hashTags.set(tag, hashed);
        }
        items.add(hashed);
      }
    }
    return items;
  });
}

/** The matcher's per-clause word sets, which the sweep does not pass (read only). */
const NO_CACHE: Set<string>[] = [];

const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const docCache = cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    const index = new ClauseIndex(terms);
    // One clause list per clause, not one per pattern tried on it.
    const clause = [terms];
    for (const m of candidates(net, docCache[n]!, terms.length)) {
      const res = fastMatch ? fastMatch(clause, m, NO_CACHE, index) : methods.one.match(clause, m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        if (opts.forTagger === true) {
          const { match, tag, chunk, unTag, reason, safe, freeze } = m;
          results.push({ match, tag, chunk, unTag, reason, safe, freeze, pointer: ptr } as Found);
          continue;
        }
        const todo: Found = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};

let installed = false;

export function installFastSweep(): void {
  if (installed) return;
  installed = true;
  if (!ON_WRITTEN_VERSION) return;
  const methods = nlp.methods() as unknown as { one: { bulkMatch: BulkMatch } };
  methods.one.bulkMatch = fastBulkMatch;
}
