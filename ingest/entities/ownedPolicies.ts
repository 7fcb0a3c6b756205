/**
 * "Mongolia’s Third Neighbor policy", "New Zealand’s Indo-Pacific policy": after a state's
 * possessive, a capitalised run before a lowercase "policy" names that state's policy, a Program
 * (gold 2023-08-02, 2022-05-31). A run of its own words is the policy's name ("Third Neighbor
 * policy"); a one-word run only says its field ("Indo-Pacific policy", a policy any state has),
 * so the owner stays in the name. "policy" alone is no head: "the Indo-Pacific policy of the
 * administration" names no one thing.
 */

import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const OWNED =
  /^[’']s ((?:\p{Lu}[\p{L}\d-]*)(?: \p{Lu}[\p{L}\d-]*){0,3}) polic(?:y|ies)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

export function ownedPolicies(lexical: readonly Candidate[], text: string, offset: number) {
  return lexical.flatMap((owner) => {
    if (owner.type !== 'Country') return [];
    const match = OWNED.exec(text.slice(owner.end - offset));
    if (!match) return [];
    const run = match[1]!;
    if (run.includes(' ')) {
      const at = owner.end + match[0].indexOf(run);
      return [candidateAt('Program', match[0].slice(match[0].indexOf(run)), at, 'phrase')];
    }
    // The owner inside the name is still named (declared, nested).
    const named = candidateAt('Program', owner.text + match[0], owner.start, 'phrase');
    return [{ ...named, keepsOwner: true as const }];
  });
}
