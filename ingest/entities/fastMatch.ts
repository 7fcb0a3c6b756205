/**
 * compromise's single-pattern matcher (`methods.one.match`), as the sweep calls it, with one
 * shortcut: a pattern whose first token is a plain, required term test is tried only at terms
 * that pass that test. The original tries every position, copying the rest of the clause each
 * time, and gives up at once where the first token fails — so the results are the same.
 *
 * The matcher's building blocks are not exported by the package: they are loaded from its own
 * source files, once, on the release this was written against. On any other, or if loading
 * fails, `fastMatch` is undefined and the sweep keeps compromise's matcher.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import type { ClauseIndex, FirstReg } from './clauseIndex';

const WRITTEN_FOR = '14.17.0';

/** A token of a parsed pattern (only the fields looked at here). */
interface Reg extends FirstReg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: unknown;
}
type Term = { id?: string };
type Pointer = (number | string | undefined)[];
interface Found {
  pointer: Pointer;
  groups: Record<string, Pointer>;
}
export interface MatchTodo {
  regs?: Reg[];
  group?: unknown;
  justOne?: boolean;
  notIf?: unknown;
}
export type MatchResult = { ptrs: Pointer[]; byGroup: Record<string, unknown> };

interface Internals {
  failFast(regs: Reg[], cache: Set<string>): boolean;
  fromHere(terms: Term[], regs: Reg[], start: number, length: number): Found | null;
  getGroup(results: Found[], group: unknown): MatchResult;
  notIf(results: Found[], not: unknown, docs: Term[][]): Found[];
  wrapMatch(term: Term, reg: Reg, index: number, length: number): unknown;
}

async function load(): Promise<Internals | undefined> {
  if (nlp.version !== WRITTEN_FOR) return undefined;
  try {
    // The CommonJS entry is builds/three/…; the sources sit in src/ beside builds/.
    const entry = createRequire(import.meta.url).resolve('compromise');
    const root = join(dirname(entry), '../../src/1-one/match/methods/match');
    const from = async (file: string) =>
      ((await import(pathToFileURL(join(root, file)).href)) as { default: unknown }).default;
    return {
      failFast: (await from('01-failFast.js')) as Internals['failFast'],
      fromHere: (await from('02-from-here.js')) as Internals['fromHere'],
      getGroup: (await from('03-getGroup.js')) as Internals['getGroup'],
      notIf: (await from('03-notIf.js')) as Internals['notIf'],
      wrapMatch: (await from('term/doesMatch.js')) as Internals['wrapMatch'],
    };
  } catch {
    return undefined;
  }
}

const internals = await load();

/** A first token that fails its term test ends the attempt at once (see `tryHere`). */
function plainFirst(reg: Reg): boolean {
  return (
    reg.optional !== true &&
    reg.negative !== true &&
    reg.anything !== true &&
    reg.choices === undefined &&
    reg.start !== true &&
    !(reg.end === true && reg.greedy === true)
  );
}

const minLengths = new WeakMap<Reg[], number>();

function minLength(regs: Reg[]): number {
  let length = minLengths.get(regs);
  if (length === undefined) {
    length = regs.filter((r) => r.optional !== true && r.negative !== true).length;
    minLengths.set(regs, length);
  }
  return length;
}

function addSentence(found: Found, n: number): Found {
  found.pointer[0] = n;
  for (const key of Object.keys(found.groups)) found.groups[key]![0] = n;
  return found;
}

/** `runMatch` of compromise 14.17 (match/index.js), line for line but for the shortcut. */
function run(
  lib: Internals,
  docs: Term[][],
  todo: MatchTodo,
  cache: Set<string>[] = [],
  index?: ClauseIndex,
) {
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  let results: Found[] = [];
  const least = minLength(regs);
  const first = regs[0]!;
  const plain = plainFirst(first);
  sentences: for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n]!;
    const cached = cache[n];
    if (cached && lib.failFast(regs, cached)) continue;
    if (first.start === true) {
      const found = lib.fromHere(terms, regs, 0, terms.length);
      if (found) results.push(addSentence(found, n));
      continue;
    }
    // Where the first token can match, from the clause's index when it has the answer.
    const starts = plain && index && docs.length === 1 ? index.positions(first) : undefined;
    let next = 0;
    for (let k = 0; k < (starts ? starts.length : terms.length); k += 1) {
      const i = starts ? starts[k]! : k;
      if (i < next) continue;
      if (terms.length - i < least) break;
      if (!starts && plain && lib.wrapMatch(terms[i]!, first, i, terms.length) !== true) continue;
      const found = lib.fromHere(terms.slice(i), regs, i, terms.length);
      if (!found) continue;
      results.push(addSentence(found, n));
      if (justOne === true) break sentences;
      // The original resumes after the match's last term (or the next term).
      next = Math.max(i, Math.abs(Number(found.pointer[2]) - 1)) + 1;
    }
  }
  if (regs[regs.length - 1]!.end === true) {
    results = results.filter(
      (found) => docs[Number(found.pointer[0])]!.length === found.pointer[2],
    );
  }
  if (todo.notIf) results = lib.notIf(results, todo.notIf, docs);
  const out = lib.getGroup(results, group);
  for (const ptr of out.ptrs) {
    const [n, start, end] = ptr as [number, number, number];
    ptr[3] = docs[n]![start]!.id;
    ptr[4] = docs[n]![end - 1]!.id;
  }
  return out;
}

/** `index`, when given, indexes the one clause in `docs` (the sweep's case). */
export const fastMatch:
  | ((docs: Term[][], todo: MatchTodo, cache?: Set<string>[], index?: ClauseIndex) => MatchResult)
  | undefined = internals
  ? (docs, todo, cache, index) => run(internals, docs, todo, cache, index)
  : undefined;
