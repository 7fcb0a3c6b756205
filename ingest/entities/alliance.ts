/**
 * Bilateral alliances. A joint statement of two parties writes "our Alliance" or "the
 * U.S.-Japan relationship" for the alliance between them; both name one Organization,
 * "<A>-<B> Alliance", built from the parties' short forms (U.S., ROK, Japan).
 */
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './namedPhrases';

function shortForm(lexicon: Lexicon, countryId: string): string | undefined {
  const entity = lexicon.entities.get(countryId);
  return entity ? (entity.attributes?.short ?? entity.name) : undefined;
}

export function findAlliances(
  lexicon: Lexicon,
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: string[],
): void {
  if (signatories.length !== 2) return;
  // The United States, when a party, is written first ("U.S.-Japan", "U.S.-ROK").
  const ordered = [...signatories].sort(
    (a, b) => Number(b === 'country:usa') - Number(a === 'country:usa'),
  );
  const forms = ordered.map((id) => shortForm(lexicon, id));
  if (forms.some((form) => !form)) return;
  const name = `${forms[0]}-${forms[1]} Alliance`;
  const id = entityIdFor('Organization', name);
  const pair = `(?:${forms.map((f) => f!.replace(/\./g, '\\.')).join('|')})`;
  const pattern = new RegExp(
    `\\b${pair}-${pair} (?:Alliance|alliance|relationship)\\b|\\bAlliance\\b`,
    'g',
  );
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index) ?? [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const covering = hits.find(
        (hit) => hit.start <= start && hit.end >= end && hit.type !== 'Topic',
      );
      if (covering && !(covering.type === 'Organization' && covering.text === match[0])) continue;
      // Another alliance ("NATO Alliance") or a named one is not this one.
      if (match[0] === 'Alliance' && /[A-Z][\w.-]*\s$/.test(sentence.text.slice(0, match.index)))
        continue;
      const replaced = hits.filter(
        (hit) => !(hit.start >= start && hit.end <= end && hit.type !== 'Topic'),
      );
      replaced.push({ entityId: id, type: 'Organization', start, end, text: match[0] });
      replaced.sort((a, b) => a.start - b.start);
      hitsBySentence.set(sentence.index, replaced);
    }
  }
}
