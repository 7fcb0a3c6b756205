/**
 * compromise's single-pattern matcher (`methods.one.match`), as the sweep calls it, with two
 * shortcuts. The original tries every position, copying the rest of the clause each time, and
 * gives up at once where the first token fails, or where a later token that must take the very
 * term after the tokens before it does not — so the results are the same when
 * - a pattern whose first token is a plain, required term test (or an `(a && b)` block, which
 *   needs every side's first test) is tried only at terms that pass that test, and
 * - where the first token takes exactly one term, the plain required tokens after it are tested
 *   on the next terms, one each, before the attempt (up to and including the first that may
 *   take more than one term): most attempts die there, without the state `tryHere` builds.
 *
 * The matcher's building blocks are not exported by the package: they are loaded from its own
 * source files, once, on the release this was written against. On any other, or if loading
 * fails, `fastMatch` is undefined and the sweep keeps compromise's matcher.
 */
import { type ClauseIndex, type FirstReg, type Lookup, lookupFor } from './clauseIndex';
import { compromiseInternals, compromiseSource } from './compromiseSource';

/** A token of a parsed pattern (only the fields looked at here). */
interface Reg extends FirstReg {
  optional?: boolean;
  greedy?: boolean;
  min?: number;
  max?: number;
  operator?: string;
  choices?: Reg[][];
}
type Term = { id?: string; implicit?: string };
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

function load(): Promise<Internals | undefined> {
  return compromiseInternals(async () => {
    const from = compromiseSource('1-one/match/methods/match');
    return {
      failFast: (await from('01-failFast.js')) as Internals['failFast'],
      fromHere: (await from('02-from-here.js')) as Internals['fromHere'],
      getGroup: (await from('03-getGroup.js')) as Internals['getGroup'],
      notIf: (await from('03-notIf.js')) as Internals['notIf'],
      wrapMatch: (await from('term/doesMatch.js')) as Internals['wrapMatch'],
    };
  });
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

/** A required `(a && b)` block: every side must match from the attempt's first term. */
function andBlock(reg: Reg): Reg[][] | undefined {
  if (reg.operator !== 'and' || !Array.isArray(reg.choices)) return undefined;
  if (reg.optional === true || reg.negative === true || reg.start === true) return undefined;
  return reg.choices.every((side) => Array.isArray(side) && side.length > 0)
    ? reg.choices
    : undefined;
}

/** A token that, when it matches, takes exactly the one term it was tested on. */
function takesOne(reg: Reg): boolean {
  if (reg.greedy === true || reg.min !== undefined || reg.max !== undefined) return false;
  if (reg.end === true) return false;
  if (reg.choices === undefined) return plainFirst(reg);
  const sides = andBlock(reg);
  return sides?.every((side) => side.length === 1 && takesOne(side[0]!)) === true;
}

/**
 * A second token that `tryHere` tests with `doesMatch` alone and dies on when it fails: not
 * optional, negative, any-term, a block, nor an end-greedy `foo+$`.
 */
function plainSecond(reg: Reg | undefined): reg is Reg {
  return (
    reg !== undefined &&
    reg.optional !== true &&
    reg.negative !== true &&
    reg.anything !== true &&
    reg.choices === undefined &&
    !(reg.end === true && reg.greedy === true)
  );
}

/** What is worked out once per pattern. */
interface Plan {
  least: number;
  plain: boolean;
  /** How the clause index answers the first token (a plain one), when it can. */
  first?: Lookup;
  /** How it answers the sides' first tests of a required `(a && b)` first token. */
  firsts?: Lookup[];
  /**
   * Tested on the terms after the first, one each, when the first and every token of the chain
   * but its last take exactly one term: the tokens `tryHere` dies on at those very terms.
   */
  chain: Reg[];
  /** How the clause index answers each token of the chain, when it can. */
  links: (Lookup | undefined)[];
}
const plans = new WeakMap<Reg[], Plan>();

function planFor(regs: Reg[]): Plan {
  const known = plans.get(regs);
  if (known) return known;
  const first = regs[0]!;
  const chain: Reg[] = [];
  if (takesOne(first)) {
    for (let j = 1; plainSecond(regs[j]); j += 1) {
      chain.push(regs[j]!);
      if (!takesOne(regs[j]!)) break;
    }
  }
  const plan: Plan = {
    least: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    plain: plainFirst(first),
    chain,
    links: chain.map(lookupFor),
  };
  const lookup = plan.plain ? lookupFor(first) : undefined;
  if (lookup) plan.first = lookup;
  const sides = andBlock(first);
  // A side the index cannot answer is left out: the fewest positions of the others will do.
  if (sides) plan.firsts = sides.flatMap((side) => lookupFor(side[0]!) ?? []);
  plans.set(regs, plan);
  return plan;
}

/**
 * Whether every token of the chain passes on its term (`i + 1` on): where one fails, the
 * attempt at `i` dies there. A contraction's first part may hand the next token the term after
 * next (contractionSkip), so a chain running over one is not judged (true: try it). The clause
 * index answers the tokens it can (`links`), the term test the others.
 */
function chainHolds(
  lib: Internals,
  plan: Plan,
  terms: Term[],
  i: number,
  index: ClauseIndex | undefined,
): boolean {
  const { chain, links } = plan;
  for (let j = 0; j < chain.length; j += 1) {
    if (terms[i + j]!.implicit) return true;
    const at = i + j + 1;
    const link = links[j];
    const holds =
      link && index
        ? index.has(link, at)
        : lib.wrapMatch(terms[at]!, chain[j]!, at, terms.length) === true;
    if (!holds) return false;
  }
  return true;
}

/** Where the first token can match, from the clause's index; undefined when it cannot tell. */
function startsFor(plan: Plan, index: ClauseIndex): readonly number[] | undefined {
  if (plan.plain) return plan.first && index.at(plan.first);
  if (!plan.firsts) return undefined;
  // Every side must match at the start: the fewest positions of any side will do.
  let best: readonly number[] | undefined;
  for (const lookup of plan.firsts) {
    const positions = index.at(lookup);
    if (!best || positions.length < best.length) best = positions;
  }
  return best;
}

function addSentence(found: Found, n: number): Found {
  found.pointer[0] = n;
  for (const key of Object.keys(found.groups)) found.groups[key]![0] = n;
  return found;
}

/** What a pattern that matched nowhere gives: shared, as its one caller only reads it. */
const NO_MATCH: MatchResult = Object.freeze({
  ptrs: Object.freeze([]) as unknown as Pointer[],
  byGroup: Object.freeze({}),
});

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
  const plan = planFor(regs);
  const { least, plain, chain } = plan;
  const first = regs[0]!;
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
    const clauseIndex = index && docs.length === 1 ? index : undefined;
    const starts = clauseIndex && startsFor(plan, clauseIndex);
    let next = 0;
    for (let k = 0; k < (starts ? starts.length : terms.length); k += 1) {
      const i = starts ? starts[k]! : k;
      if (i < next) continue;
      if (terms.length - i < least) break;
      if (!starts && plain && lib.wrapMatch(terms[i]!, first, i, terms.length) !== true) continue;
      if (chain.length > 0 && !chainHolds(lib, plan, terms, i, clauseIndex)) continue;
      const rest = clauseIndex ? clauseIndex.from(i) : terms.slice(i);
      const found = lib.fromHere(rest as Term[], regs, i, terms.length);
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
  if (results.length === 0) return NO_MATCH;
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
