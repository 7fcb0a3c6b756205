/**
 * compromise's `methods.one.setTag` (1-one/tag/methods/setTag.js of 14.17) without its debug
 * switch: on every call, and again for each tag of a list, the original reads
 * `process.env.DEBUG_TAGS`, and a read of `process.env` is a call into the runtime (about half
 * a microsecond, in a worker too) that the pre- and post-tagger make some 800 times per
 * statement. Here the switch is read once, at install: with DEBUG_TAGS set, compromise keeps
 * its own function and its logging. The rest is the original, step for step (tags are added,
 * removed and chunked in the same order, so the terms come out the same).
 *
 * compromise's `fastTag`, imported directly by its tagger, cannot be swapped and keeps its read.
 */
import nlp from 'compromise';
import { remember } from '../boundedMemo';
import { ON_WRITTEN_VERSION } from './compromiseSource';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  tags: Set<string>;
  frozen?: boolean;
  dirty?: boolean;
  chunk?: string;
}
interface TagInfo {
  not?: string[];
  parents?: string[];
}
interface TagWorld {
  model: { one: { tagSet?: Record<string, TagInfo> } };
}
type SetTag = (
  terms: Term[],
  tag: string | string[] | undefined,
  world: TagWorld,
  isSafe?: boolean,
  reason?: string,
) => void;

function addChunk(term: Term, tag: string): void {
  if (tag === 'Noun' || tag === 'Verb') term.chunk = tag;
}

/**
 * A tag's conflicting tags as a Set, built once per list (keyed by the list itself, rebuilt if
 * compromise ever grows it in place: a new tag set brings new lists).
 */
const conflictSets = new WeakMap<string[], { length: number; set: Set<string> }>();

function conflictSet(not: string[]): Set<string> {
  const cached = conflictSets.get(not);
  if (cached && cached.length === not.length) return cached.set;
  const set = new Set(not);
  conflictSets.set(not, { length: not.length, set });
  return set;
}

function tagTerm(term: Term, tag: string, tagSet: Record<string, TagInfo>, safe?: boolean): void {
  if (term.tags.has(tag)) return;
  // Shorthand for "no tag here" in multi-tag strings.
  if (tag === '.') return;
  // A frozen term keeps the tags it has.
  const isSafe = term.frozen === true ? true : safe;
  const known = tagSet[tag];
  if (known) {
    // Conflicting tags go first; a safe tagging gives up on a term that has one. The original
    // walks the whole list (up to 76 tags, one Set lookup each); the term's own few tags are
    // looked up in the list's Set instead: the same tags are removed, or the same term spared.
    if (known.not && known.not.length > 0) {
      const conflicts = conflictSet(known.not);
      let found: string[] | undefined;
      for (const have of term.tags) {
        if (!conflicts.has(have)) continue;
        found ??= [];
        found.push(have);
      }
      if (found) {
        if (isSafe === true) return;
        for (const have of found) term.tags.delete(have);
      }
    }
    for (const parent of known.parents ?? []) {
      term.tags.add(parent);
      addChunk(term, parent);
    }
  }
  term.tags.add(tag);
  term.dirty = true;
  addChunk(term, tag);
}

/** A tag argument as read: one bare tag, or the per-term parts of '#A . #B' (null: empty part). */
type Parsed = string | (string | null)[];

/**
 * Tag arguments already read (trimmed, split, '#' dropped): the taggers pass the same few
 * hundred strings of compromise's fixed models thousands of times a statement.
 */
const parsedTags = new Map<string, Parsed>();

function parse(tag: string): Parsed {
  let parsed = parsedTags.get(tag);
  if (parsed === undefined) {
    const trimmed = tag.trim();
    parsed = trimmed.includes(' ')
      ? trimmed.split(' ').map((part) => (part ? part.replace(/^#/, '') : null))
      : trimmed.replace(/^#/, '');
    remember(parsedTags, tag, parsed, 10_000);
  }
  return parsed;
}

const setTag: SetTag = (terms, tag, world, isSafe) => {
  const tagSet = world.model.one.tagSet || {};
  if (!tag) return;
  if (Array.isArray(tag)) {
    for (const one of tag) setTag(terms, one, world, isSafe);
    return;
  }
  if (typeof tag !== 'string') {
    console.warn(`compromise: Invalid tag '${String(tag)}'`);
    return;
  }
  const parsed = parse(tag);
  // '#Noun . #Adjective': one tag per term, in order.
  if (typeof parsed !== 'string') {
    parsed.forEach((part, i) => {
      const term = terms[i];
      if (part !== null && term) tagTerm(term, part, tagSet, isSafe);
    });
    return;
  }
  for (const term of terms) tagTerm(term, parsed, tagSet, isSafe);
};

let installed = false;

export function installFastSetTag(): void {
  if (installed) return;
  installed = true;
  if (!ON_WRITTEN_VERSION || process.env.DEBUG_TAGS) return;
  const methods = nlp.methods() as unknown as { one: { setTag: SetTag } };
  methods.one.setTag = setTag;
}
