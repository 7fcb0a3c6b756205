/**
 * The noun chunks of a commitment's words, kept with the tagged words they were read from: the
 * topic rules (topicPhrases.ts) chunk each commitment's words, and the learnt selector
 * (selector/candidates.ts) reads the same words again after them. Chunking them once saves the
 * selector a seventh of its time. Weakly held: a document's words go when it does.
 */
import type { TaggedTerm } from '../entities/tagger';
import { chunks } from './chunks';

type Chunk = { start: number; end: number };

const memo = new WeakMap<readonly TaggedTerm[], Map<string, readonly Chunk[]>>();

/** `chunks(terms, from, to)`, computed once per words and bounds. Do not mutate the result. */
export function chunksOnce(
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
): readonly Chunk[] {
  let bySpan = memo.get(terms);
  if (!bySpan) {
    bySpan = new Map();
    memo.set(terms, bySpan);
  }
  const key = `${from}:${to}`;
  let found = bySpan.get(key);
  if (!found) {
    found = chunks(terms as TaggedTerm[], from, to);
    bySpan.set(key, found);
  }
  return found;
}
