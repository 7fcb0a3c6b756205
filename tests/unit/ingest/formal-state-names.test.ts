/**
 * Formal state names in a multi-government opening ("We, the Heads of State and Government of the
 * Argentine Republic, …, the United Mexican States, …"): each is its country (data/lexicon/
 * countries.json aliases), so a signatory named formally is an actor of the "we" (gold 2022-06-10
 * lists Argentina and Mexico; "Argentine" or "Mexican" alone is only a demonym, no party).
 * Table-driven: the opening's signatories after "of" → the actors of its stance.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [signatories: string, expected: string[]][] = [
  ['the Argentine Republic, Barbados, and Canada', ['Argentina', 'Barbados', 'Canada']],
  ['Canada, the United Mexican States, and Chile', ['Canada', 'Chile', 'Mexico']],
  ['the Hellenic Republic, the Portuguese Republic, and Italy', ['Greece', 'Italy', 'Portugal']],
  [
    'the Swiss Confederation, the Slovak Republic, and Austria',
    ['Austria', 'Slovakia', 'Switzerland'],
  ],
  ['the Kyrgyz Republic, Kazakhstan, and Tajikistan', ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan']],
];

function actors(signatories: string): string[] {
  const body = `We, the Heads of State and Government of ${signatories}, reaffirm our commitment to regional cooperation on migration.`;
  const extraction = extractText('Declaration on Regional Cooperation', body, 'formal-state-names');
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  return (extraction.commitments[0]?.actors ?? []).map((id) => names.get(id) ?? id).sort();
}

describe('formal state names are their countries', () => {
  it.each(ROWS)('%s', (signatories, expected) => {
    expect(actors(signatories)).toEqual(expected);
  });
});
