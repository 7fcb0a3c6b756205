/**
 * The sides of a meeting sentence whose subject is "the leaders of A and B" (ingest/openingParties.ts
 * leadersOfParties): the parties its "of" names, never an inviting host named beside them, and
 * nothing for "We, the leaders of …" (an appositive, read by appositiveParties).
 */
import { describe, expect, it } from 'vitest';
import { leadersOfParties } from '../../../ingest/openingParties';
import type { EntityHit } from '../../../ingest/types';

const NAMES: [string, string, EntityHit['type']][] = [
  ['the African Union', 'organization:african-union', 'Organization'],
  ['the United States', 'country:usa', 'Country'],
  ['Kenya', 'country:ken', 'Country'],
];

/** One sentence at offset 0, with a hit for each name found in it. */
function sides(text: string): string[] {
  const hits: EntityHit[] = NAMES.filter(([name]) => text.includes(name)).map(
    ([name, entityId, type]) => {
      const start = text.indexOf(name);
      return { entityId, type, start, end: start + name.length, text: name };
    },
  );
  return leadersOfParties({ index: 0, start: 0, end: text.length, paragraph: 0, text }, hits);
}

describe('leadersOfParties', () => {
  it('takes the parties the leaders are "of", after a fronted adjunct too', () => {
    expect(
      sides(
        'At the invitation of President Ruto of Kenya, the leaders of the African Union member states and the United States met today in Nairobi.',
      ),
    ).toEqual(['organization:african-union', 'country:usa']);
    expect(
      sides('The heads of state of the African Union and the United States convened in Accra.'),
    ).toEqual(['organization:african-union', 'country:usa']);
  });

  it('leaves appositives, one party, and other subjects alone', () => {
    expect(sides('We, the leaders of Kenya and the United States, met today.')).toEqual([]);
    expect(sides('The leaders of Kenya met with President Biden.')).toEqual([]);
    expect(
      sides('President Ruto of Kenya and the leaders of the African Union met today.'),
    ).toEqual([]);
  });
});
