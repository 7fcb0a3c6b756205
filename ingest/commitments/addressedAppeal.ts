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
 * modifiers, then the head noun right before the modal or its "of" complement ("The perpetrators
 * of this terrorist attack on the Iraqi state must be held accountable", gold 2021-11-07); a head
 * alone with no determiner ("After seven years of conflict, negotiators must undertake …", gold
 * 2022-04-01; modifiers only after a determiner, so "U.S. forces must …" is not one); or the
 * doers named by what they did ("Those responsible", "Those who carried out this crime":
 * CONVENTIONS s31 ruling, `call`; a past act only: "Those who wish to join must apply" is
 * generic).
 */
const ADDRESSEE_SUBJECT = new RegExp(
  `^(?:(?:And|But|Now|Instead|Today),?\\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]{0,60},\\s+)?(?:(?:(?:[Tt]he|[Bb]oth|[Aa]ll)\\s+(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\\s+){0,3}?)?(?:${STANCES_COMPILED.addressees.map(capitalisable).join('|')})(?:\\s+of\\s+[^,;:]{1,60})?|[Tt]hose\\s+(?:responsible(?:\\s+for\\s+[^,;:]{1,60})?|who\\s+(?:(?:have|has|had)\\s+)?(?:[a-zß-öø-ɏḀ-ỿ]+ly\\s+)?(?:[a-zß-öø-ɏḀ-ỿ]+ed|took|did|made|struck|fought|shot|brought|sought)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;:]{0,60}))$`,
);

/** A head as written in lowercase or opening the sentence ("Negotiators must …"). */
function capitalisable(head: string): string {
  return `[${head[0]!.toUpperCase()}${head[0]}]${head.slice(1)}`;
}

export function addressedAppeal(
  text: string,
  context: ActorContext,
  trigger: Trigger,
): Decision | undefined {
  if (context.signatories.length === 0) return undefined;
  if (!ADDRESSEE_SUBJECT.test(text.slice(0, trigger.start).trimEnd())) return undefined;
  return { accept: { trigger, actors: context.signatories } };
}
