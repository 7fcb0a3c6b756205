/**
 * A leader's spouse holds no state office, so no REPRESENTS (CONVENTIONS §3.2), yet in the own
 * side's trip statement acts for it: "On behalf of President Biden, the Second Gentleman will lead
 * the Presidential Delegation …" is Douglas Emhoff's `commit` (gold 2023-07-17: 7 of 7 of his
 * commitments; 2024-10-03: the First Lady's). For who acts, such a spouse counts for the
 * signatory their lexicon entry's country names (lexicon/officials.json `country`).
 */
import type { Lexicon } from '../lexicon';
import { SPOUSE_OFFICES } from '../rules/titles';

/** `represents` with each own-side spouse added as its signatory's. */
export function withOwnSpouses(
  lexicon: Lexicon,
  represents: ReadonlyMap<string, string>,
  attributes: ReadonlyMap<string, Readonly<Record<string, string>>>,
  signatories: readonly string[],
): ReadonlyMap<string, string> {
  let own: Map<string, string> | undefined;
  for (const [id, { title }] of attributes) {
    if (represents.has(id) || !title || !SPOUSE_OFFICES.has(title)) continue;
    // (The country a text states for a spouse, "First Lady of Mexico", gives REPRESENTS already.)
    const country = lexicon.entities.get(id)?.attributes?.country;
    const signatory = signatories.find((party) => lexicon.entities.get(party)?.name === country);
    if (!signatory) continue;
    own ??= new Map(represents);
    own.set(id, signatory);
  }
  return own ?? represents;
}
