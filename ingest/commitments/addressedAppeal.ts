/**
 * "The military regime must reverse course …", "And the regime should immediately engage …",
 * "Both parties need to allow …": a call ("must", "should", "need to") whose subject is a definite
 * third party named by a common noun, not an entity, is the statement's speakers' call on it
 * (gold 2022-01-31, 2024-09-17). The head nouns are data (`addressees` in stances.json); a
 * generic subject ("all nations must be free to …", "States need to …") or the speakers' own
 * ("our forces must …", "we must …") is no such appeal.
 */
import type { ActorContext } from '../resolveActors';
import { STANCES_COMPILED } from '../rules/stanceRules';
import type { Trigger } from '../trigger';
import type { Decision } from './decision';

/**
 * The clause opens with the addressed party: at the sentence's start (after a linking "And",
 * "But", "Now" or a fronted phrase and its comma), "the", "both" or "all", at most three
 * modifiers, then the head noun right before the modal.
 */
const ADDRESSEE_SUBJECT = new RegExp(
  `^(?:(?:And|But|Now|Instead|Today),?\\s+)?(?:[A-Z][^,;:]{0,60},\\s+)?(?:[Tt]he|[Bb]oth|[Aa]ll)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:${STANCES_COMPILED.addressees.join('|')})$`,
);

export function addressedAppeal(
  text: string,
  context: ActorContext,
  trigger: Trigger,
): Decision | undefined {
  if (context.signatories.length === 0) return undefined;
  if (!ADDRESSEE_SUBJECT.test(text.slice(0, trigger.start).trimEnd())) return undefined;
  return { accept: { trigger, actors: context.signatories } };
}
