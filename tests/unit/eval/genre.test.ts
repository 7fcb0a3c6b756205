import { describe, expect, it } from 'vitest';
import { ERROR_CLASSES, genreErrors, genreMacro, genreOf } from '../../../ingest/eval/genre';

describe('genreOf: a statement genre from its title', () => {
  it.each([
    [
      'Readout of President Joseph R. Biden, Jr. Call with Prime Minister Albanese of Australia',
      'readout',
    ],
    ['Joint Readout of the Third Meeting of the Working Group', 'readout'],
    ['Statement from NSC Spokesperson on the Launch of a Ballistic Missile', 'one-party'],
    ['Statement by President Joe Biden on the Passing of a Former Senator', 'one-party'],
    ['Statement of President Joe Biden on the Vote in the General Assembly', 'one-party'],
    ['Presidential Message on the Anniversary of the Armistice', 'one-party'],
    ['Fact Sheet: A New Partnership for Clean Energy', 'one-party'],
    ['Joint Statement of the United States and Ireland', 'joint'],
    ['Washington Declaration', 'joint'],
    ['G7 Leaders’ Statement', 'joint'],
    ['Lisbon Statement on a Trilateral Partnership', 'joint'],
    ['Quad Leaders’ Vision on Maritime Security', 'joint'],
    ['Co-Chairs’ Communiqué of the Ministerial', 'joint'],
    ['Roadmap for a Renewed Partnership', 'joint'],
    ['Memorandum of Understanding on the Principles of a Corridor', 'joint'],
    ['The New Atlantic Charter', 'joint'],
    ['G7 Clean Energy Economy Action Plan', 'joint'],
    ['Quad Principles on Technology Design', 'joint'],
    ['The United States’ Commitment to the Region', 'other'],
  ])('%s → %s', (title, genre) => {
    expect(genreOf(title)).toBe(genre);
  });
});

describe('genreMacro', () => {
  it('averages each figure over the documents of a genre, leaving out undefined figures', () => {
    const rows = genreMacro([
      { title: 'Joint Statement A', figures: { entityF1: 0.8, lensPrecision: null } },
      { title: 'Joint Statement B', figures: { entityF1: 0.6, lensPrecision: 1 } },
      { title: 'Readout of a Call', figures: { entityF1: 1 } },
    ]);
    expect(rows.map((row) => [row.genre, row.documents])).toEqual([
      ['joint', 2],
      ['readout', 1],
    ]);
    expect(rows[0]?.figures.entityF1).toBeCloseTo(0.7);
    expect(rows[0]?.figures.lensPrecision).toBe(1);
    expect(rows[1]?.figures.lensPrecision).toBeNull();
  });
});

describe('genreErrors', () => {
  it('gives the mean count per document of each error class per genre', () => {
    const zero = Object.fromEntries(ERROR_CLASSES.map((name) => [name, 0])) as Record<
      (typeof ERROR_CLASSES)[number],
      number
    >;
    const rows = genreErrors([
      { title: 'Joint Statement A', errors: { ...zero, 'topics.missed': 3 } },
      { title: 'Joint Statement B', errors: { ...zero, 'topics.missed': 1, about: 2 } },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.perDocument['topics.missed']).toBe(2);
    expect(rows[0]?.perDocument.about).toBe(1);
  });
});
