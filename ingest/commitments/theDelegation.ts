/**
 * "On April 22, a high-level U.S. delegation … visited Honiara. … the delegation reiterated the key
 * priorities …": a bare singular "the delegation" refers back to the one country's delegation the
 * statement names, and stands for that country, as generic officials stand for theirs (gold
 * README session 15 B / 16 B). Built after holdout U joined (tuned on U: 2022-04-22).
 */
import type { Subject } from '../resolveActors';
import type { EntityHit } from '../types';

/** A country's name right before "delegation" ("U.S. delegation", "the Mexican delegation"). */
const DELEGATION_AFTER = /^\s+delegation(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** The subject "the delegation" (singular, nothing between "the" and the head). */
const THE_DELEGATION = /(?:^|\s)[Tt]he\s+delegation$/;

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
    if (!sentence.text.includes('delegation')) continue;
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      if (hit.type !== 'Country') continue;
      if (DELEGATION_AFTER.test(sentence.text.slice(hit.end - sentence.start))) {
        countries.add(hit.entityId);
      }
    }
  }
  return countries.size === 1 ? [...countries][0] : undefined;
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
