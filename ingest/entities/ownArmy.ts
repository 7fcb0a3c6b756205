/**
 * Whether a demonym opening a body's name names that state as well, for recognise.ts' nested hits.
 */
import type { Candidate } from './matchLexicon';

/** "Myanmar military", "Myanmar’s military regime": a state's body named by lowercase nouns. */
function lowercaseBody(outer: Candidate, country: Candidate): boolean {
  return /^(?:[’']s)?(?: \p{Ll}+)+$/u.test(outer.text.slice(country.end - outer.start));
}

/**
 * "the North Korean People’s Army": a body whose name opens with a country's demonym is that
 * state's agent, so the country is named (gold conventions: adjectival forms standing for the
 * state or its agents are its aliases); so is the state whose body a lowercase noun names ("the
 * Myanmar military": gold declares Myanmar).
 */
export function ownArmy(
  outer: Candidate,
  candidate: Candidate,
  all: readonly Candidate[],
): boolean {
  return (
    outer.type === 'Organization' &&
    candidate.type === 'Country' &&
    (candidate.adjectival === true || lowercaseBody(outer, candidate)) &&
    candidate.start === outer.start &&
    // "the Indian Ocean Rim Association" opens with a place ("Indian Ocean"), not a demonym.
    !all.some(
      (place) =>
        place.type === 'Region' && place.start === candidate.start && place.end > candidate.end,
    )
  );
}
