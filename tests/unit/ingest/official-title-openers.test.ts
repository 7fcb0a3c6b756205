/**
 * An official's `title` attribute holds the title, never the clause opener before it ("When Prime
 * Minister …" gave the title "When Prime Minister", session 44), while the openers that also open
 * a title or a style keep it ("Under Secretary", "His Majesty"). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [body: string, name: string, title: string];

const ROWS: Row[] = [
  [
    'When Prime Minister Lena Haugland visited Washington, the two leaders met.',
    'Lena Haugland',
    'Prime Minister',
  ],
  [
    'Today Vice President Omar Castellan met with the delegation.',
    'Omar Castellan',
    'Vice President',
  ],
  ['Since President Tomas Reyna took office, trade has grown.', 'Tomas Reyna', 'President'],
  [
    'As Secretary-General Ada Lindqvist said, the work continues.',
    'Ada Lindqvist',
    'Secretary-General',
  ],
  ['Yesterday President Kwame Asante announced new funding.', 'Kwame Asante', 'President'],
  [
    'Under Secretary of State Priya Halvorsen joined the meeting.',
    'Priya Halvorsen',
    'Under Secretary of State',
  ],
];

function titleOf(body: string, name: string): string | undefined {
  const extraction = extractText('Readout', body, 'official-title-openers');
  return extraction.entities.find((e) => e.type === 'Official' && e.name === name)?.attributes
    ?.title;
}

describe('official titles after a clause opener', () => {
  for (const [body, name, title] of ROWS) {
    it(body, () => expect(titleOf(body, name)).toBe(title));
  }
});
