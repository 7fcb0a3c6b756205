/**
 * "The visit provides an opportunity for the Presidents to celebrate …", "The trip will be an
 * occasion for the leaders to discuss …": a visit announcement's stances are those of the ones
 * the opportunity is for; the verb after "to" decides (gold 2022-03-02: welcome "celebrate",
 * other "consult on", actors the two Presidents). The one it is for is found as any subject.
 *
 * With no "for X", whose opportunity it is lies elsewhere: "The leaders will have the
 * opportunity to discuss …" is the subject of "have"'s (gold 2024-07-08); "The visit … provided
 * an opportunity to discuss …", "The first session … offered an opportunity to exchange views"
 * is an occasion's, whose exchange is the statement's parties' (gold 2021-08-11, 2022-12-05).
 * Only an exchange (`other`) is read from an occasion: what else it "offers an opportunity to"
 * (support, affirm, celebrate) is the occasion's promise, no party's act.
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

/** The opportunity itself, one adjective allowed: "the opportunity to", "an important chance to". */
const OPPORTUNITY = String.raw`(?:an?|the)\s+(?:[a-zß-öø-ɏḀ-ỿ-]+\s+)?(?:opportunity|chance)\s+to$`;

/** "(will) have / has / had the opportunity to": its subject stands before the verb. */
const HAVE_OPPORTUNITY = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:have|has|had)\s+${OPPORTUNITY}`,
  'i',
);

/** "provide(d) / offer(ed) an opportunity to": an occasion's, no party's subject. */
const OCCASION_OPPORTUNITY = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:provides?|provided|offers?|offered)\s+${OPPORTUNITY}`,
  'i',
);

export function opportunityFor(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  left: string,
): Decision | undefined {
  const match = OPPORTUNITY_FOR.exec(left);
  if (!match) return opportunityOf(sentence, hits, context, trigger, left);
  return subjectSpeaks(
    sentence,
    hits,
    context,
    trigger,
    match.index + match[0].length - match[1]!.length,
  );
}

/** The subject that ends at `end` takes the trigger, or nothing when it names no actor. */
function subjectSpeaks(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  end: number,
): Decision | undefined {
  const subject = subjectBefore(context, sentence, hits, end);
  if (!subject || subject.actors.length === 0) return undefined;
  return { accept: { trigger, subject, actors: subject.actors } };
}

/** An opportunity named for no one: the subject of "have", or an occasion's parties. */
function opportunityOf(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  left: string,
): Decision | undefined {
  const have = HAVE_OPPORTUNITY.exec(left);
  if (have) return subjectSpeaks(sentence, hits, context, trigger, have.index);
  if (trigger.stance !== 'other' || !OCCASION_OPPORTUNITY.test(left)) return undefined;
  return context.signatories.length > 0
    ? { accept: { trigger, actors: [...context.signatories] } }
    : undefined;
}
