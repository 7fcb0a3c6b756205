/**
 * What a learnt topic name leaves behind in the rules' output: the spans already spoken for, and
 * the about entries a learnt name takes over (the concept it covers, the derived topic it replaces).
 */
import type { Commitment } from '../../contract/extraction';
import type { DerivedTopic } from '../entities/topicPhrases';
import type { EntityHit } from '../types';

/** A span already spoken for (document offsets); `named`: a recognised name, not a topic. */
export interface Span {
  start: number;
  end: number;
  named?: boolean;
  /** The rules' derived topic that holds the span, which a longer learnt name may replace. */
  derived?: DerivedTopic;
  /** The thesaurus topic a recognised Topic hit names, which a longer learnt name may cover. */
  concept?: string;
}

/**
 * A thesaurus topic a learnt name covered ("migration" in "root causes of migration": of the
 * gold's 26 commitment sentences with "root causes of …", none names the bare complement) leaves
 * the about of its sentence's commitments, unless another span of the sentence names it.
 */
export function dropCovered(
  covered: readonly { at: number; start: number; id: string }[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
  taken: ReadonlyMap<number, readonly Span[]>,
  found: readonly DerivedTopic[],
  bySentence: ReadonlyMap<number, readonly Commitment[]>,
): void {
  for (const { at, id } of covered) {
    const isCovered = (hit: EntityHit) =>
      covered.some((c) => c.at === at && c.start === hit.start && c.id === hit.entityId);
    const still =
      (hitsBySentence.get(at) ?? []).some((hit) => hit.entityId === id && !isCovered(hit)) ||
      (taken.get(at) ?? []).some((span) => span.derived?.hit.entityId === id) ||
      found.some((t) => t.sentenceIndex === at && t.hit.entityId === id);
    if (still) continue;
    dropFromAbout(bySentence, at, id);
  }
}

/** Takes `id` out of the about of sentence `at`'s commitments. */
export function dropFromAbout(
  bySentence: ReadonlyMap<number, readonly Commitment[]>,
  at: number,
  id: string,
): void {
  for (const commitment of bySentence.get(at) ?? []) {
    const k = commitment.about.indexOf(id);
    if (k >= 0) commitment.about.splice(k, 1);
  }
}
