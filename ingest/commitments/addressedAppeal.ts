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
import type { EntityHit } from '../types';
import type { Decision } from './decision';
import { REGIME_ADDRESSEE, regimeStates } from './regimeState';

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
  sentence: { text: string; start: number },
  hits: readonly EntityHit[],
  context: ActorContext,
  trigger: Trigger,
): Decision | undefined {
  if (context.signatories.length === 0) return undefined;
  const subject = sentence.text.slice(0, trigger.start).trimEnd();
  if (!ADDRESSEE_SUBJECT.test(subject)) return undefined;
  const targets = regimeTargets(subject, hits, context);
  return { accept: { trigger, actors: context.signatories, ...(targets ? { targets } : {}) } };
}

/**
 * "The Cuban regime should …", "And the regime should immediately engage … to return Burma to
 * …": a regime addressed is its state's, the one country the sentence names besides the
 * speakers (regimeState.ts); other addressees ("the perpetrators", "Both parties") name no one.
 */
function regimeTargets(
  addressee: string,
  hits: readonly EntityHit[],
  context: ActorContext,
): string[] | undefined {
  const head = /^(?:(?:And|But|Now|Instead|Today),?\s+)?(?:[^,;:]{0,60},\s+)?(.*)$/s.exec(
    addressee,
  );
  if (!head || !REGIME_ADDRESSEE.test(head[1]!)) return undefined;
  const states = regimeStates(hits).filter((id) => !context.signatories.includes(id));
  return states.length === 1 ? states : undefined;
}
