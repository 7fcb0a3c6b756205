/**
 * The sides of a meeting sentence whose subject is "the leaders of A and B" (ingest/openingParties.ts
 * leadersOfParties): the parties its "of" names, never an inviting host named beside them, and
 * nothing for "We, the leaders of …" (an appositive, read by appositiveParties).
 */
import { describe, expect, it } from 'vitest';
import { leadersOfOpening, leadersOfParties } from '../../../ingest/openingParties';
import type { EntityHit } from '../../../ingest/types';

const NAMES: [string, string, EntityHit['type']][] = [
  ['the African Union', 'organization:african-union', 'Organization'],
  ['the United States', 'country:usa', 'Country'],
  ['Kenya', 'country:ken', 'Country'],
];

/** A hit for each name found in a sentence at offset 0. */
function hitsIn(text: string): EntityHit[] {
  return NAMES.filter(([name]) => text.includes(name)).map(([name, entityId, type]) => {
    const start = text.indexOf(name);
    return { entityId, type, start, end: start + name.length, text: name };
  });
}

const sentence = (text: string) => ({ index: 0, start: 0, end: text.length, paragraph: 0, text });

function sides(text: string): string[] {
  return leadersOfParties(sentence(text), hitsIn(text));
}

/** The opening's sides when no meeting sentence names an official. */
function openingSides(text: string): string[] {
  return leadersOfOpening([sentence(text)], new Map([[0, hitsIn(text)]]), undefined);
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

  it('reads a lead note that lists the leaders who met, capitalised', () => {
    expect(
      openingSides(
        'Today, the Leaders of Kenya, the African Union, and the United States met on the margins of the G20 Summit and released the following statement:',
      ).sort(),
    ).toEqual(['country:ken', 'country:usa', 'organization:african-union']);
    expect(
      openingSides('Today, the Leaders of Kenya and the United States released a statement.'),
    ).toEqual([]);
  });
});
