/**
 * Action lists (commitments/actionLists.ts): a committing lead-in announcing "the following
 * actions / purposes" keeps its scope over purpose lines and the bullets after them; an ordinary
 * lead-in's list still ends at its first sentence of another kind; a comma and "the" inside a
 * gerund bullet open no main clause unless a finite verb follows (commitments/frontedClause.ts).
 */
import { describe, expect, it } from 'vitest';
import { actionListItem } from '../../../ingest/commitments/actionLists';
import { frontedMainClause } from '../../../ingest/commitments/frontedClause';
import { isHeading } from '../../../ingest/segment';
import { commitmentRows } from '../../support/commitmentRows';

function commitments(paragraphs: string[]) {
  return commitmentRows(paragraphs, 'action-lists');
}

const BOTH = ['country:fra', 'country:usa'];
const ITEMS = [
  'Supporting humanitarian assistance to countries in crisis.',
  'Advocating for more development funding.',
];
// Numbered as in the archive ("\(2\) To develop …"): the number keeps the line from reading as a
// heading, and the reader drops it from the sentence.
const LATER = [
  '(2) To develop a shared understanding of crisis-time actions',
  'Promoting donor coordination on food crises responses.',
];

describe('action lists', () => {
  it.each([
    ['a stance lead-in', 'We intend to jointly take the following actions:'],
    ['a lead-in with no stance verb', 'We are joining hands to take the following actions:'],
    ['a purposes lead-in', 'Therefore, we intend to cooperate towards the following purposes:'],
  ])('reads purpose lines and the bullets after them under %s', (_, lead) => {
    const found = commitments([lead, '(1) To enhance market transparency', ...ITEMS, ...LATER]);
    for (const [text, trigger] of [
      ['To enhance market transparency', 'To enhance'],
      [ITEMS[1], 'Advocating'],
      [LATER[0]!.slice(4), 'To develop'],
      [LATER[1], 'Promoting'],
    ])
      expect(found.find((c) => c.text === text)).toMatchObject({
        stance: 'commit',
        trigger,
        actors: BOTH,
      });
  });

  it('ends an ordinary list at a line of another kind', () => {
    const lead = 'We will be working together to respond to the crisis including through:';
    const found = commitments([lead, ...ITEMS, ...LATER]);
    expect(found.find((c) => c.text === ITEMS[1])).toMatchObject({ stance: 'commit' });
    expect(found.some((c) => LATER.some((line) => line.endsWith(c.text)))).toBe(false);
  });

  it('opens no list on an announcement with no party subject or no colon', () => {
    for (const lead of [
      'The Ministry took the following actions:',
      'We are joining hands to take the following actions in the region.',
    ]) {
      const found = commitments([lead, ...ITEMS]);
      expect(found.some((c) => c.text === ITEMS[0])).toBe(false);
    }
  });

  it('keeps a further sentence of a bullet with its own subject out', () => {
    const bullet =
      'Launching the Year of Action. Building on the event, the year of action will lead to a plan.';
    const found = commitments(['We will take the following steps:', bullet]);
    expect(found.map((c) => c.trigger)).not.toContain('Building');
  });

  it.each([
    [
      'Strengthening coordination among donors, the UN including the agencies, to cover needs.',
      false,
    ],
    ['Building on recent announcements, the two countries anticipate new steps.', true],
    ['Building on the event, the year of action will lead to a plan.', true],
    [
      'Convening philanthropy, the private sector, and other communities to identify support.',
      false,
    ],
    ['Supporting the agencies, the programs that are in place.', false],
  ])('frontedMainClause(%j) is %s', (text, expected) => {
    expect(frontedMainClause(text)).toBe(expected);
  });

  it.each([
    ['To enhance market transparency', 'To enhance'],
    ['To enhance market transparency.', undefined],
    ['To that end, we will act', undefined],
    ['Together we act', undefined],
  ])('actionListItem(%j) is %j', (text, expected) => {
    expect(actionListItem(text)).toBe(expected);
  });
});

describe('headings', () => {
  it('reads no heading in a bullet ending on a function word', () => {
    expect(isHeading('Promoting innovation and technology in food systems by')).toBe(false);
    expect(isHeading('Promoting Innovation and Technology')).toBe(true);
  });
});

describe('time adverbials', () => {
  it('reads "Beginning in 2023," as no item verb', () => {
    const found = commitments([
      'We intend to:',
      'Expand access to fertilizers.',
      'Beginning in 2023, Australian personnel will embed with the U.S. Navy, the Royal Navy, and industry.',
    ]);
    expect(found.map((c) => c.trigger)).not.toContain('Beginning');
  });
});
