/**
 * Nested lists (subLists.ts): an item ending in a colon opens a sub-list whose bare phrase lines
 * are commitments of the lead-in's actors (CONVENTIONS §2, §5; gold 2024-09-21), and the outer
 * list's items go on after it. A line with a verb of its own, or punctuated as a sentence, is no
 * sub-item.
 */
import { describe, expect, it } from 'vitest';
import { subItemHead } from '../../../ingest/commitments/subLists';
import { commitmentRows } from '../../support/commitmentRows';

describe('subItemHead', () => {
  it.each([
    ['Wind turbine nacelle components', 'commit', 'Wind turbine nacelle components'],
    [
      'Solar wafers and wafer manufacturing equipment & next generation solar cells',
      'commit',
      'Solar wafers',
    ],
    [
      'Battery packs for 2- and 3-wheel electric vehicles (EVs) and zero-emission e-bus and truck components',
      'commit',
      'Battery packs',
    ],
    ['Energy storage components including batteries', 'commit', 'Energy storage components'],
    // A clause of its own, a sentence, another stance, a determiner first: none.
    ['Tribal communities will receive funds', 'commit', undefined],
    ['Workers received training in 2023', 'commit', undefined],
    ['Wind turbine nacelle components.', 'commit', undefined],
    ['Wind turbine nacelle components', 'welcome', undefined],
    ['The components of wind turbines', 'commit', undefined],
  ] as const)('%s (%s)', (line, stance, expected) => {
    expect(subItemHead(line, stance)).toBe(expected);
  });
});

describe('a nested list under a commitment lead-in', () => {
  const rows = commitmentRows(
    [
      'The United States and France pledge to work with industry on the following lines of effort:',
      'Identifying investment opportunities to expand manufacturing capacity, with initial focuses on the following components:',
      'Wind turbine nacelle components',
      'Energy storage components including batteries',
      'Battery packs for electric vehicles',
      'Collaborating with the private sector to scope eligible opportunities.',
      'Building trilateral relationships with African partners.',
    ],
    'sub-lists',
  );

  it('reads each sub-item and the outer items after them as the lead-in actors’ commitments', () => {
    expect(rows.map((r) => [r.trigger, r.stance, r.actors])).toEqual(
      [
        'pledge to',
        'Identifying',
        'Wind turbine nacelle components',
        'Energy storage components',
        'Battery packs',
        'Collaborating',
        'Building',
      ].map((trigger) => [trigger, 'commit', ['country:fra', 'country:usa']]),
    );
  });
});
