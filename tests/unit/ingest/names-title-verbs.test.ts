/**
 * Words that follow a title but are never part of a person's name (data/rules/titles.json
 * notNames): the verbs a release's title writes capitalised after its speaker or subject (gold
 * 2022-07-08 "Narendra Modi Mourning", 2023-05-29 "Joe Biden Sending Warm"; the archive sample's
 * "Biden Announces Nine Key"), a company after a rank and an emerita's chair.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [title: string, body: string, official: string | undefined, absent: string][] = [
  [
    'Statement from President Joe Biden Sending Warm Wishes on the Occasion of Eid',
    'We send our warm wishes.',
    'Joe Biden',
    'Joe Biden Sending Warm',
  ],
  [
    'Statement by President Joe Biden and Prime Minister Narendra Modi Mourning the Loss of a Friend',
    'We mourn a friend.',
    'Narendra Modi',
    'Narendra Modi Mourning',
  ],
  [
    'President Biden Announces Nine Key Nominations',
    'The President announced his intent to nominate the following individuals.',
    undefined,
    'Biden Announces Nine Key',
  ],
  [
    'Statement from President Joe Biden Welcoming Finland to NATO',
    'Finland joins the Alliance today.',
    'Joe Biden',
    'Joe Biden Welcoming',
  ],
  [
    'Fact Sheet: Advanced Technology',
    'The drone was developed by General Atomics and a partner. She serves as Chair Emerita of the board.',
    undefined,
    'Atomics',
  ],
  ['Fact Sheet: Boards', 'She serves as Chair Emerita of the board.', undefined, 'Emerita'],
];

describe('title verbs, companies and statuses are no part of a name', () => {
  it.each(ROWS)('%s', (title, body, official, absent) => {
    const officials = extractText(title, body, 'title-verbs')
      .entities.filter((entity) => entity.type === 'Official')
      .map((entity) => entity.name);
    if (official) expect(officials).toContain(official);
    expect(officials).not.toContain(absent);
  });
});
