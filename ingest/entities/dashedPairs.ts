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
import { isPlace, widenedTo } from './candidateAt';
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
  const chain = placeChainBefore(candidate, text, offset, lexical);
  if (chain)
    return widened(candidate, text, offset, chain.start, `${chain.name}-${candidate.text}`);
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
  return widened(candidate, text, offset, start, `${partyName}-${candidate.text}`);
}

/** The candidate widened to `start`, named `name`, typed as a pair's body where it is one. */
function widened(
  candidate: Candidate,
  text: string,
  offset: number,
  start: number,
  name: string,
): Candidate {
  // "U.S.-India CEO Forum" is the two governments' mechanism, as when written with a hyphen.
  return widenedTo(
    candidate,
    text,
    offset,
    start,
    name,
    pairBodyType(name, candidate.type) ?? candidate.type,
  );
}

/**
 * "the India – Middle East – Europe Economic Corridor": two known places or more, each followed by
 * a spaced en dash, before a name a known place opens are the name's parties, joined as hyphens
 * join them (gold 2024-06-13 names it `India-Middle East-Europe Economic Corridor` with the text
 * form as alias; the run finder took "Europe Economic Corridor" alone). One dash is left to the
 * pair rule above: "the U.S. – Pacific Islands Forum meeting" parts two parties.
 */
function placeChainBefore(
  candidate: Candidate,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): { start: number; name: string } | undefined {
  const opens = lexical.some(
    (known) => isPlace(known) && known.start === candidate.start && known.end < candidate.end,
  );
  if (!opens) return undefined;
  const parties: string[] = [];
  let start = candidate.start;
  for (;;) {
    const dash = start - 3;
    if (text.slice(dash - offset, start - offset) !== ' – ') break;
    const party = lexical.find((known) => isPlace(known) && known.end === dash);
    if (!party) break;
    parties.unshift(party.text);
    start = party.start;
  }
  return parties.length >= 2 ? { start, name: parties.join('-') } : undefined;
}
