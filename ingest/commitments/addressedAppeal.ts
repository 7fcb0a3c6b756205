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
import { expandMembers } from './groups';
import { REGIME_ADDRESSEE, regimeStates } from './regimeState';

/**
 * A modifier of the addressed head: no possessive, "U.S." or pointing word (the speakers' own,
 * or a party named before).
 */
const MODIFIER = `(?!(?:U\\.S\\.|US|American|[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Mm]y|[Tt]hese|[Tt]hose|[Ss]uch|[Tt]his|[Tt]hat|[Ww]e|[Tt]hey)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+`;

/**
 * The clause opens with the addressed party: at the sentence's start (after a linking "And",
 * "But", "Now" or a fronted phrase and its comma), "the", "both" or "all", at most four
 * modifiers, then the head noun right before the modal or its "of" / "in" complement ("The
 * perpetrators of this terrorist attack on the Iraqi state must be held accountable", gold
 * 2021-11-07; "all countries in the region and the broader international community should …",
 * 2023-09-21), or an apposition naming some of it ("all countries, including China, should …",
 * 2021-02-13); a head with modifiers and no determiner ("After seven years of conflict,
 * negotiators must undertake …", 2022-04-01; "World leaders must take action", "Creditor
 * countries should …", "Respectable private companies should not …": gold 2022-05-12,
 * 2024-05-23, 2022-05-08), unless a modifier is the speakers' own ("U.S. forces", "our
 * partners") or points back ("these countries"); or the doers named by what they did ("Those
 * responsible", "Those who carried out this crime": CONVENTIONS s31 ruling, `call`; a past act
 * only: "Those who wish to join must apply" is generic).
 */
const ADDRESSEE_SUBJECT = new RegExp(
  `^(?:(?:And|But|Now|Instead|Today),?\\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]{0,60},\\s+)?(?:(?:(?:[Tt]he|[Bb]oth|[Aa]ll)\\s+)?(?<mods>(?:${MODIFIER}\\s+){0,4}?)(?:${STANCES_COMPILED.addressees.map(capitalisable).join('|')})(?:\\s+(?:of|in)\\s+[^,;:]{1,60})?(?:,\\s+including\\s+(?<named>[^,;:]{1,60}),)?|[Tt]hose\\s+(?:responsible(?:\\s+for\\s+[^,;:]{1,60})?|who\\s+(?:(?:have|has|had)\\s+)?(?:[a-zß-öø-ɏḀ-ỿ]+ly\\s+)?(?:[a-zß-öø-ɏḀ-ỿ]+ed|took|did|made|struck|fought|shot|brought|sought)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;:]{0,60}))$`,
  'd',
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
  const addressee = ADDRESSEE_SUBJECT.exec(subject);
  if (!addressee) return undefined;
  const targets =
    regimeTargets(subject, hits, context) ?? namedTargets(addressee, sentence.start, hits, context);
  // ("G7 Leaders’ Statement on …": a title's grouping calls as its members, as its "we" does.)
  const actors = expandMembers(context.signatories, context.members);
  return { accept: { trigger, actors, ...(targets ? { targets } : {}) } };
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

/**
 * "Russian forces must immediately provide for safe pathways …", "all countries, including
 * China, should participate …": a state or body named in the addressee's modifiers or in an
 * apposition naming some of it is called on (gold 2022-03-24 target Russia, 2021-02-13 the
 * PRC); one named in a complement ("The perpetrators of this attack on the Iraqi state") is not.
 */
function namedTargets(
  addressee: RegExpExecArray,
  sentenceStart: number,
  hits: readonly EntityHit[],
  context: ActorContext,
): string[] | undefined {
  const spans: [number, number][] = [];
  for (const name of ['mods', 'named'] as const) {
    const span = addressee.indices?.groups?.[name];
    if (span) spans.push([sentenceStart + span[0], sentenceStart + span[1]]);
  }
  const named = hits.filter(
    (hit) =>
      (hit.type === 'Country' || hit.type === 'Organization') &&
      !context.signatories.includes(hit.entityId) &&
      spans.some(([from, to]) => hit.start >= from && hit.end <= to),
  );
  const ids = [...new Set(named.map((hit) => hit.entityId))];
  return ids.length > 0 ? ids : undefined;
}
