/**
 * Placing one hit a finder adds after recognition into its sentence's list: the same few steps
 * (is the span taken? drop the hits the new one replaces, push it, sort by start, store the list)
 * were written out by hand in each finder, each copy with its own overlap test and splice loop,
 * so a reader could not tell a deliberate difference from drift. The finders share these instead;
 * what still differs between them is a predicate they pass, named where they pass it.
 *
 * A sentence's list stays sorted by start, ties in the order the hits were added (Array sort is
 * stable): the steps reading hits walk them left to right.
 */
import type { EntityHit } from '../types';

/**
 * Whether a hit in `hits` overlaps [start, end) — shares at least one character — and, when
 * `counts` is given, is one it accepts ("a non-topic hit", "not one the new hit replaces").
 */
export function overlapsAny(
  hits: readonly EntityHit[],
  start: number,
  end: number,
  counts?: (hit: EntityHit) => boolean,
): boolean {
  return hits.some(
    (hit) => hit.start < end && hit.end > start && (counts === undefined || counts(hit)),
  );
}

/**
 * Adds `hit` to `hits` in place, first dropping (in place) every hit `drop` selects, and keeps
 * the list sorted by start. In place because callers keep reading the same list after it.
 */
export function insertHit(
  hits: EntityHit[],
  hit: EntityHit,
  drop?: (hit: EntityHit) => boolean,
): void {
  if (drop) for (let k = hits.length - 1; k >= 0; k--) if (drop(hits[k]!)) hits.splice(k, 1);
  hits.push(hit);
  hits.sort((a, b) => a.start - b.start);
}

/**
 * `insertHit`, then stores the list as the sentence's (a sentence without hits had none stored
 * yet: its caller's list was a fresh one).
 */
export function placeHit(
  hitsBySentence: Map<number, EntityHit[]>,
  sentenceIndex: number,
  hits: EntityHit[],
  hit: EntityHit,
  drop?: (hit: EntityHit) => boolean,
): void {
  insertHit(hits, hit, drop);
  hitsBySentence.set(sentenceIndex, hits);
}
