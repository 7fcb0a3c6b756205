/**
 * "the U.S.-Philippines alliance", "the United States-ROK alliance": two countries joined by a
 * hyphen before a lowercase "alliance" name their bilateral alliance, an Organization named
 * "<A>-<B> Alliance" from the parties' short forms (the United States first), as the capitalised
 * "U.S.-Japan Alliance" is by its head noun. alliance.ts names only the document's own alliance
 * (the signatories' or the one pair the text names); a retrospective or a readout naming several
 * left the others out (gold 2021-02-03, 2025-01-10). Archive (sealed out): 43 such phrases in the
 * statements, "U.S.-ROK alliance" 13, "U.S.-Philippines alliance" 8, "U.S.-Japan alliance" 7. The
 * countries stay declared, nested in the name (the alliance is what the clause names).
 */
import type { Lexicon } from '../lexicon';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { allianceName } from './alliance';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';
import { compile } from './officialPatterns';

const patterns = new WeakMap<Lexicon, RegExp>();

/** Built once per lexicon (as alliance.ts's namedPairs), never reused for another lexicon. */
function pairPattern(lexicon: Lexicon): RegExp {
  const cached = patterns.get(lexicon);
  if (cached) return cached;
  const names = [...compile(lexicon).countryByAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  const pattern = new RegExp(
    `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ.-])(${names})-(${names}) alliance(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
    'gu',
  );
  patterns.set(lexicon, pattern);
  return pattern;
}

export function hyphenAlliances(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const { countryByAlias } = compile(lexicon);
  for (const sentence of sentences) {
    if (!sentence.text.includes('-') || !sentence.text.includes(' alliance')) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    for (const match of sentence.text.matchAll(pairPattern(lexicon))) {
      const ids = [countryByAlias.get(match[1]!)!, countryByAlias.get(match[2]!)!];
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      // The document's own alliance (alliance.ts) or a longer name already holds it.
      if (hits.some((hit) => hit.start < end && hit.end > start && hit.type === 'Organization'))
        continue;
      const name = allianceName(lexicon, ids[0]!, ids[1]!)?.name;
      if (!name) continue;
      for (const hit of hits) {
        if (hit.type === 'Country' && hit.start >= start && hit.end <= end) hit.nested = true;
      }
      const id = entityIdFor('Organization', name);
      hits.push(entityHit(id, 'Organization', start, end, match[0], name));
    }
    // Not placeHit: one sort after the loop, and every sentence's list stored, even unchanged.
    hits.sort((a, b) => a.start - b.start);
    hitsBySentence.set(sentence.index, hits);
  }
}
