/**
 * Where in one clause a pattern's first token can match, looked up instead of tested term by
 * term: the sweep tries a few hundred patterns on each clause, and compromise's `doesMatch` on
 * every position was the largest single cost of the post-tagger. Tags do not change while the
 * sweep matches (its results are applied afterwards), so one index per clause serves every
 * pattern.
 *
 * The commonest first tokens are answered, with exactly `doesMatch`'s tests: a plain word
 * (`term.machine`, `term.alias`, `term.text` or `term.normal` equal to it), a plain `#Tag`, a
 * `%Noun|Verb%` switch and a one-word `(a|b|c)` (`fastOr`). Anything else answers undefined and
 * the caller tests each position as before.
 */

/** The fields of a compromise term that `doesMatch` reads for words and tags. */
export interface IndexedTerm {
  text?: string;
  normal?: string;
  machine?: string | null;
  alias?: string[];
  tags?: Set<string>;
  root?: string;
  implicit?: string;
  switch?: string;
}

/** The fields of a pattern token looked at here (see `doesMatch` in compromise 14.17). */
export interface FirstReg {
  anything?: boolean;
  start?: boolean;
  negative?: boolean;
  id?: unknown;
  word?: string;
  tag?: string;
  use?: string;
  fuzzy?: boolean;
  end?: boolean;
  method?: unknown;
  pre?: unknown;
  post?: unknown;
  regex?: unknown;
  chunk?: unknown;
  switch?: string;
  machine?: unknown;
  sense?: unknown;
  fastOr?: Set<string>;
  pos?: string;
}

const NONE: readonly number[] = [];

const WORD = 0;
const TAG = 1;
const SWITCH = 2;
const OR = 3;

/**
 * Which of the index's lists answers a token, worked out once per token (a pattern's tokens
 * come in many shapes, and reading their fields on every test was a cost of its own).
 */
export interface Lookup {
  kind: typeof WORD | typeof TAG | typeof SWITCH | typeof OR;
  key: string;
  fastOr?: Set<string>;
  pos?: string;
}

/**
 * The lookup that answers `reg` exactly as `doesMatch` tests a term, or undefined when the
 * index cannot tell.
 */
export function lookupFor(reg: FirstReg): Lookup | undefined {
  // Any-term, position (`^`, `$`) and id tests come before the word and tag tests in
  // `doesMatch`; a negative token inverts them.
  if (reg.anything === true || reg.start === true || reg.end === true) return undefined;
  if (reg.id !== undefined || reg.negative === true) return undefined;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy === true) return undefined;
    return { kind: WORD, key: reg.word };
  }
  if (reg.tag !== undefined) return { kind: TAG, key: reg.tag };
  // `doesMatch` tests these kinds, in this order, before a switch and before `fastOr`.
  if (
    reg.method !== undefined ||
    reg.pre !== undefined ||
    reg.post !== undefined ||
    reg.regex !== undefined ||
    reg.chunk !== undefined
  )
    return undefined;
  // A switch is looked up, not tested on every term for every pattern that starts with one.
  if (reg.switch !== undefined) return { kind: SWITCH, key: reg.switch };
  if (reg.machine !== undefined || reg.sense !== undefined) return undefined;
  if (reg.fastOr === undefined) return undefined;
  const lookup: Lookup = { kind: OR, key: '', fastOr: reg.fastOr };
  if (reg.pos) lookup.pos = reg.pos;
  return lookup;
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  // A term can carry one word under several names (text and normal): list it once.
  else if (list[list.length - 1] !== i) list.push(i);
}

/** A clause's terms by word, tag and switch, built in one pass on first use. */
interface Built {
  words: Map<string, number[]>;
  tags: Map<string, number[]>;
  switches: Map<string, number[]>;
  /** Per term, the string a `fastOr` list is tested against first (`root || … || normal`). */
  keys: (string | undefined)[];
  /** The positions of each `fastOr` token asked about. */
  ors: Map<Lookup, number[]>;
}

export class ClauseIndex {
  #built?: Built;

  /**
   * The clause from each term on, as the matcher's `tryHere` takes it: the original copies it
   * for every attempt (~400 a statement), but patterns tried on one clause mostly start at the
   * same few terms, and `tryHere` only reads the array.
   */
  #rests: (readonly IndexedTerm[])[] = [];

  constructor(private readonly terms: readonly IndexedTerm[]) {}

  /** The terms from position `i` on (the same array for every caller: never change it). */
  from(i: number): readonly IndexedTerm[] {
    let rest = this.#rests[i];
    if (rest === undefined) {
      rest = this.terms.slice(i);
      this.#rests[i] = rest;
    }
    return rest;
  }

  /** Ascending positions where `reg` can match, or undefined when it is not indexed. */
  positions(reg: FirstReg): readonly number[] | undefined {
    const lookup = lookupFor(reg);
    return lookup && this.at(lookup);
  }

  /** Ascending positions where the token `lookup` was made for matches. */
  at(lookup: Lookup): readonly number[] {
    const built = this.build();
    switch (lookup.kind) {
      case WORD:
        return built.words.get(lookup.key) ?? NONE;
      case TAG:
        return built.tags.get(lookup.key) ?? NONE;
      case SWITCH:
        return built.switches.get(lookup.key) ?? NONE;
    }
    // A one-word `(a|b|c)`, worked out once per clause.
    let out = built.ors.get(lookup);
    if (out) return out;
    out = [];
    const { fastOr, pos } = lookup;
    for (let i = 0; i < built.keys.length; i += 1) {
      const term = this.terms[i]!;
      if (pos && !term.tags?.has(pos)) continue;
      if (fastOr!.has(built.keys[i] as string) || fastOr!.has(term.text as string)) out.push(i);
    }
    built.ors.set(lookup, out);
    return out;
  }

  /** Whether the token `lookup` was made for matches at term `i`. */
  has(lookup: Lookup, i: number): boolean {
    if (lookup.kind === TAG) return this.terms[i]!.tags?.has(lookup.key) === true;
    return this.at(lookup).includes(i);
  }

  private build(): Built {
    if (this.#built) return this.#built;
    const built: Built = {
      words: new Map(),
      tags: new Map(),
      switches: new Map(),
      keys: [],
      ors: new Map(),
    };
    const { words, tags, switches, keys } = built;
    const { terms } = this;
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i]!;
      if (typeof term.machine === 'string') add(words, term.machine, i);
      if (term.alias) for (const alias of term.alias) add(words, alias, i);
      if (term.text !== undefined) add(words, term.text, i);
      if (term.normal !== undefined) add(words, term.normal, i);
      if (term.tags) for (const tag of term.tags) add(tags, tag, i);
      if (term.switch !== undefined) add(switches, term.switch, i);
      keys.push(term.root || term.implicit || term.machine || term.normal);
    }
    this.#built = built;
    return built;
  }
}
