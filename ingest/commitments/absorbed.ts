/** A region a topic's label absorbs (thesaurus "absorbs"): the topic alone is what a clause is about. */
import { lexicon } from '../lexicon';
import type { EntityHit } from '../types';

/**
 * "a free and open Indo-Pacific (region)": a region that heads a topic whose label absorbs it
 * (thesaurus "absorbs"), after the modifiers, is the topic alone, unless the clause names the
 * region again on its own (gold convention, data/gold/README.md). "an Indo-Pacific region that
 * is free and open" names the region first, on its own.
 */
export function absorbed(
  hit: EntityHit,
  scope: readonly EntityHit[],
  text: string,
  at: number,
): boolean {
  if (hit.type !== 'Region') return false;
  const absorbing = scope.filter(
    (topic) =>
      topic.type === 'Topic' &&
      lexicon().entities.get(topic.entityId)?.absorbs?.includes(hit.entityId),
  );
  return (
    inside(hit, absorbing, text, at) &&
    scope.every((other) => other.entityId !== hit.entityId || inside(other, absorbing, text, at))
  );
}

/** The region heads one of the absorbing topics (at most " region" between them). */
function inside(region: EntityHit, absorbing: readonly EntityHit[], text: string, at: number) {
  return absorbing.some(
    (topic) =>
      topic.start < region.start &&
      topic.end >= region.end &&
      /^(?:\s+region)?$/.test(text.slice(region.end - at, topic.end - at)),
  );
}
