/**
 * People named in delegation lists (gold N, O): a long title glued to a given-name person
 * (ingest/entities/gluedTitles.ts), a plural title's people inside a longer capitalised run,
 * styles and capitalised particles in a ruler's name, a one-letter family name after a particle,
 * and later short forms merged into the full name (ingest/entities/surnames.ts). Table-driven:
 * body → exactly the officials found, and no Organization swallowing them.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, officials: string[]][] = [
  [
    'The U.S. delegation also included Ambassador to Germany Amy Gutmann; Deputy Chief of Mission Woodward C. Price.',
    ['Amy Gutmann', 'Woodward C. Price'],
  ],
  [
    'The delegation included State Department Senior Western Hemisphere Bureau Official Ricardo Zuniga.',
    ['Ricardo Zuniga'],
  ],
  [
    'The delegation included National Security Council Senior Directors Tarun Chhabra and Sarah Ladislaw.',
    ['Tarun Chhabra', 'Sarah Ladislaw'],
  ],
  // A plural title that owns a body: the body ends at its head, the names follow.
  [
    'The delegation included Senior Directors on the National Security Council Maria Lopez and Daniel Park.',
    ['Maria Lopez', 'Daniel Park'],
  ],
  [
    'President Biden spoke today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar.',
    ['Joe Biden', 'Tamim bin Hamad Al Thani'],
  ],
  [
    'Mr. Sullivan met Secretary of Finance Ramirez de la O in Mexico City.',
    ['Jake Sullivan', 'Ramirez de la O'],
  ],
  [
    'Mr. Sullivan met Crown Prince and Prime Minister Mohammed bin Salman Al Saud. Mr. Sullivan and Crown Prince Salman discussed trade.',
    ['Jake Sullivan', 'Mohammed bin Salman Al Saud'],
  ],
  // A given name that ends a place is no person ("The New York Public Library").
  ['She met the Director of The New York Public Library today.', []],
];

function found(body: string): { officials: string[]; organizations: string[] } {
  const extraction = extractText('Statement', body, 'names-glued-titles');
  const named = (type: string) =>
    extraction.entities.filter((entity) => entity.type === type).map((entity) => entity.name);
  return { officials: named('Official'), organizations: named('Organization') };
}

describe('people glued to long titles and name shapes', () => {
  it.each(ROWS)('%s', (body, officials) => {
    const result = found(body);
    expect(result.officials.sort()).toEqual([...officials].sort());
    for (const name of officials)
      expect(result.organizations.some((org) => org.includes(name))).toBe(false);
  });
});
