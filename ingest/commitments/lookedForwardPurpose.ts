/**
 * The purpose of a meeting looked forward to: "The President looks forward to this important
 * meeting to deepen the strategic partnership …", "We look forward to another successful Summit to
 * continue the international effort … and to advance global pandemic preparedness". The looking
 * forward is the `welcome` of the meeting; what the meeting is held for is the same actors' `commit`
 * of its own (CONVENTIONS §6 welcome, s38 ruling: split, trigger "to V"; gold 6 purposes in 5
 * files). The shape itself (an event noun after "look forward to", then "to" and an undertaking
 * verb) is the stances.json frame that makes the purpose a trigger; a purpose of the welcome's own
 * stance ("to celebrate") is no trigger there and stays folded.
 */
import type { Trigger } from '../stances';
import type { Accepted, Decision } from './decision';

const LOOK_FORWARD = /^look(?:s|ed)?\s+forward\s+to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

export function lookedForwardPurpose(
  trigger: Trigger,
  accepted: readonly Accepted[],
  left: string,
): Decision | undefined {
  if (trigger.stance !== 'commit' || !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to$/.test(left)) return undefined;
  // The welcome, or a purpose already taken from it ("… to continue … and to advance …").
  const welcome = accepted.findLast(
    (other) => other.trigger.stance !== 'commit' || !other.lookedForward,
  );
  if (welcome?.trigger.stance !== 'welcome' || !LOOK_FORWARD.test(welcome.trigger.text))
    return undefined;
  if (welcome.actors.length === 0) return undefined;
  return {
    accept: { trigger, actors: welcome.actors, subject: welcome.subject, lookedForward: true },
  };
}
