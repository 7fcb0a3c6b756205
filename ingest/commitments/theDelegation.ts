/**
 * "On April 22, a high-level U.S. delegation … visited Honiara. … the delegation reiterated the key
 * priorities …": a bare singular "the delegation" refers back to the one country's delegation the
 * statement names, and stands for that country, as generic officials stand for theirs (gold
 * README session 15 B / 16 B). Built after holdout U joined (tuned on U: 2022-04-22).
 */

import { lexicon } from '../lexicon';
import type { Subject } from '../resolveActors';
import { alternation } from '../rules/titles';
import type { EntityHit } from '../types';
import { DELEGATION_MODIFIERS, OWN_DELEGATIONS } from './tripAgenda';

/**
 * A country's name right before "delegation" ("U.S. delegation", "the Mexican delegation"), or
 * before a modifier of trip-agenda.json `delegationModifiers` and a capitalised "Delegation" ("the
 * U.S. Presidential Delegation to the inauguration of …", gold 2024-10-03).
 */
const DELEGATION_AFTER = new RegExp(
  `^\\s+(?:(?:${alternation(DELEGATION_MODIFIERS)})\\s+)?[Dd]elegation(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/**
 * The subject "the delegation" (singular, nothing between "the" and the head but a modifier),
 * or "members of the delegation": the delegation's country acts (CONVENTIONS s32 AE D).
 */
const THE_DELEGATION = new RegExp(
  `(?:^|\\s)(?:[Mm]embers\\s+of\\s+)?[Tt]he\\s+(?:(?:${alternation(DELEGATION_MODIFIERS)})\\s+)?[Dd]elegation$`,
);

/**
 * The one country whose delegation the document names; none where two countries' delegations are
 * named (then "the delegation" is ambiguous) or none is.
 */
export function delegationCountry(
  sentences: readonly { index: number; start: number; text: string }[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
): string | undefined {
  const countries = new Set<string>();
  for (const sentence of sentences) {
    if (!/[Dd]elegation/.test(sentence.text)) continue;
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      if (hit.type === 'Organization') {
        const country = namedDelegation(hit.text);
        if (country) countries.add(country);
        continue;
      }
      if (hit.type !== 'Country') continue;
      if (DELEGATION_AFTER.test(sentence.text.slice(hit.end - sentence.start))) {
        countries.add(hit.entityId);
      }
    }
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** A country's alias opening the name of a delegation ("U.S. Presidential Delegation"). */
const NAMED_DELEGATION = /^(.+?)\s+(?=\S+\s+[Dd]elegation$|[Dd]elegation$)/;

/**
 * The country of a delegation known as an organization by its name ("the U.S. Presidential
 * Delegation to the inauguration of …": the name holds the country, which no hit of its own
 * marks inside it); undefined for any other organization.
 */
function namedDelegation(text: string): string | undefined {
  const prefix = NAMED_DELEGATION.exec(text)?.[1];
  if (!prefix || !DELEGATION_AFTER.test(text.slice(prefix.length))) return undefined;
  const known = lexicon().aliases.find(
    (alias) => alias.alias === prefix && alias.entityId.startsWith('country:'),
  );
  return known?.entityId;
}

/**
 * "Jon Finer will travel to Colombia … He will be accompanied by … The delegation will engage in
 * discussions on …": in one official's statement (a speaker the title names) with one country
 * speaking, an unnamed delegation is the speakers' own, that country's (gold 2022-07-21).
 */
export function speakersDelegation(
  speakers: readonly unknown[],
  signatories: readonly string[],
): string | undefined {
  return speakers.length > 0 && signatories.length === 1 ? signatories[0] : undefined;
}

/** "a Presidential Delegation to …" (trip-agenda.json `ownDelegations`). */
const OWN_DELEGATION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(OWN_DELEGATIONS)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/**
 * "President Biden today announced the designation of a Presidential Delegation to the State of
 * Qatar …": a delegation the President designates, named with no country, is the statement's own
 * country's where one country speaks.
 */
export function ownDelegation(
  sentences: readonly { text: string }[],
  signatories: readonly string[],
): string | undefined {
  if (signatories.length !== 1) return undefined;
  return sentences.some((sentence) => OWN_DELEGATION.test(sentence.text))
    ? signatories[0]
    : undefined;
}

/** "the delegation reiterated …": the document's one named delegation's country. */
export function theDelegation(country: string | undefined, trimmed: string): Subject | undefined {
  if (!country) return undefined;
  const head = THE_DELEGATION.exec(trimmed);
  if (!head) return undefined;
  return {
    actors: [country],
    start: head.index + (head[0].startsWith(' ') ? 1 : 0),
    end: trimmed.length,
  };
}

/**
 * "The two sides engaged in …", "Each side committed …" in the readout of a visiting delegation
 * whose only named parties are its hosts: one side is the delegation's own country, so it joins
 * a side list that holds fewer than two parties (a list that already names both stays as it is).
 */
export function withDelegationSide(country: string | undefined, sides: string[]): string[] {
  if (!country || sides.length !== 1 || sides.includes(country)) return sides;
  return [country, ...sides];
}
