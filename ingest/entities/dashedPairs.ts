/**
 * "the U.S. – Vietnam Comprehensive Strategic Partnership", "the U.S. – PRC Counternarcotics
 * Working Group": a spaced en dash between the United States and a known country that opens a
 * name joins the pair as a hyphen does, so the name is the pair's ("U.S.-Vietnam …"), not the
 * other country's alone (gold 2023-09-11 names it `U.S.-Vietnam Comprehensive Strategic
 * Partnership` with the text form as alias; archive sample: both such names are the pair's).
 * namedPhrases.ts joins the other order ("Vietnam – U.S. Human Rights Dialogue") inside its run;
 * this order is read once the run is found, because only then is it known that a country opens
 * it: in "the U.S. – Pacific Islands Forum meeting" the dash parts two parties and no country
 * opens the name, so it stays the Forum's.
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { entityIdFor } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { pairBodyType } from './pairBodies';

/** The party and its dash right before a name; "U.S" without its last stop is written too. */
const PARTY_BEFORE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ.-])(${alternation([...NAME_RULES.pairBodyParties, 'U.S'])}) – $`,
);

/** A name the United States and a dash precede, widened to the pair when a country opens it. */
export function withDashedParty(
  candidate: Candidate,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase') return candidate;
  const at = candidate.start - offset;
  const party = PARTY_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  if (!party) return candidate;
  const opens = lexical.some(
    (known) =>
      known.type === 'Country' &&
      !known.adjectival &&
      known.start === candidate.start &&
      known.end < candidate.end,
  );
  if (!opens) return candidate;
  const start = candidate.start - party[0].length;
  const partyName = party[1] === 'U.S' ? 'U.S.' : (party[1] ?? '');
  const name = `${partyName}-${candidate.text}`;
  // "U.S.-India CEO Forum" is the two governments' mechanism, as when written with a hyphen.
  const type = pairBodyType(name, candidate.type) ?? candidate.type;
  return {
    ...candidate,
    entityId: entityIdFor(type, name),
    type,
    start,
    text: text.slice(start - offset, candidate.end - offset),
    name,
  };
}
