/**
 * "The visit provides an opportunity for the Presidents to celebrate …", "The trip will be an
 * occasion for the leaders to discuss …": a visit announcement's stances are those of the ones
 * the opportunity is for; the verb after "to" decides (gold 2022-03-02: welcome "celebrate",
 * other "consult on", actors the two Presidents). The one it is for is found as any subject.
 */
import type { ActorContext } from '../resolveActors';
import { subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../trigger';
import type { EntityHit } from '../types';
import type { Decision } from './decision';

/** "(an) opportunity for X to" right before the trigger; X is at most six words. */
const OPPORTUNITY_FOR =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:opportunity|opportunities|chance|occasion)\s+for\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\s+){0,5}?[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+(\s+to)$/i;

export function opportunityFor(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  left: string,
): Decision | undefined {
  const match = OPPORTUNITY_FOR.exec(left);
  if (!match) return undefined;
  const subject = subjectBefore(
    context,
    sentence,
    hits,
    match.index + match[0].length - match[1]!.length,
  );
  if (!subject || subject.actors.length === 0) return undefined;
  return { accept: { trigger, subject, actors: subject.actors } };
}
