/**
 * A statement of a named strategic partnership ("the strategic partnership between the United
 * States and New Zealand", "our strategic Third Neighbor partnership") writes "our partnership",
 * "our close partnership" for it later: the same topic (gold 2022-03-29, 2022-05-31, 2023-08-02
 * name each so, as "the alliance" names the document's alliance).
 */
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityHit } from './hit';
import { overlapsAny, placeHit } from './placeHit';

const STRATEGIC_PARTNERSHIP = 'topic:strategic-partnership';

/**
 * "our partnership", "our close, longstanding partnership": a possessive determiner, adjectives
 * that rate it (not a domain: "our digital technology partnership" is another one), and no
 * complement naming a field or other partners ("our partnership on clean energy", "our partnership
 * with African countries", "our partnership in the G7").
 */
const OUR_PARTNERSHIP =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:our|their)(?:,? (?:close|strong|strategic|longstanding|long-standing|enduring|unique|bilateral|growing|comprehensive|deep|robust|vital|special|historic|important|valued))* (partnership)(?=[.,;:!?)]|$| (?:to|and|or|has|is|was|remains|will|that|which|as|at|by|through|across|also)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/g;

/**
 * "our strategic partnership", "the strategic partnership between …", "the two countries’ Strategic
 * Partnership": the parties' own; "in a spirit of equitable and strategic partnership" is none.
 */
const OWN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:our|the|their|countries[’']|nations[’'])\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}$/i;

export function findPartnership(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): boolean {
  const named = sentences.some((sentence) =>
    (hitsBySentence.get(sentence.index) ?? []).some(
      (hit) =>
        hit.entityId === STRATEGIC_PARTNERSHIP &&
        OWN.test(sentence.text.slice(0, hit.start - sentence.start)),
    ),
  );
  if (!named) return false;
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index) ?? [];
    OUR_PARTNERSHIP.lastIndex = 0;
    for (let m = OUR_PARTNERSHIP.exec(sentence.text); m; m = OUR_PARTNERSHIP.exec(sentence.text)) {
      // The noun alone, its determiner left out (as "alliance").
      const start = sentence.start + m.index + m[0].lastIndexOf('partnership');
      const end = start + 'partnership'.length;
      if (overlapsAny(hits, start, end)) continue;
      const hit = entityHit(STRATEGIC_PARTNERSHIP, 'Topic', start, end, 'partnership');
      placeHit(hitsBySentence, sentence.index, hits, hit);
    }
  }
  return true;
}
