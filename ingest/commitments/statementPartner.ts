/**
 * The one foreign country a one-party statement is about ("Statement … Celebrating the Republic of
 * India’s Independence Day", "… on Giorgia Meloni Becoming Prime Minister of Italy", "… on Joint
 * U.S.-Mexican Cooperation …"): the counterpart whose government "our nations", "our governments"
 * and "our two countries" join to the speaker's (groupSubject.ts; gold 2021-08-14, 2022-10-22,
 * 2022-11-17, 2024-05-25). Its candidates are the countries the title names, adjectives included,
 * and those of the officials the text names; with more than one candidate there is no partner.
 */

import type { Lexicon } from '../lexicon';
import { titleHits } from '../titleSides';

export function statementPartner(
  lexicon: Lexicon,
  title: string,
  signatories: readonly string[],
  represents: ReadonlyMap<string, string>,
): string | undefined {
  // (A statement of several parties has its "our nations" among them already.)
  if (signatories.length !== 1) return undefined;
  const titled = titleHits(lexicon, title, (hit) => hit.type === 'Country', true).chosen;
  const candidates = new Set(
    [...titled.map((hit) => hit.entityId), ...represents.values()].filter(
      (id) => !signatories.includes(id),
    ),
  );
  return candidates.size === 1 ? [...candidates][0] : undefined;
}
