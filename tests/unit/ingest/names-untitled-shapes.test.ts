/**
 * Person-name shapes (branch nerec32): glued initials opening a name after a title
 * (ingest/entities/officialPatterns.ts INITIALS), the titles of a spouse, a rabbi and a summit
 * sherpa (data/rules/titles.json), "the late Given Surname" (ingest/entities/untitledPeople.ts), a
 * lowercase title head before a delegation list's comma-set name (ingest/entities/gluedTitles.ts),
 * and "Congressional" as Congress (data/lexicon/organizations.json).
 * Table-driven: body → exactly the officials found.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, officials: string[]][] = [
  ['The envoy met Principal Secretary R.K. Varma in New Delhi.', ['R.K. Varma']],
  ['The envoy met Foreign Secretary A.B.C. Tharoor in New Delhi.', ['A.B.C. Tharoor']],
  // "U.S." after a title opens an office's name, never a person's initials.
  ['The Secretary met U.S. Trade Representative officials in Geneva.', []],
  ['Second Gentleman Peter Lund will host the delegation for lunch.', ['Peter Lund']],
  ['Second Lady Anna Lund will host the delegation for lunch.', ['Anna Lund']],
  ['We mourn Rabbi Daniel Stern, who was killed last week.', ['Daniel Stern']],
  ['The envoy met G7 Sherpa Maria Keller in Berlin.', ['Maria Keller']],
  [
    'The two leaders paid tribute to the late Thomas Doyle, whose work was invaluable.',
    ['Thomas Doyle'],
  ],
  // A lowercase title head with its remit, then the comma-set name of a delegation list.
  [
    'The delegation included the head of the National Customs Agency, Laura Ortiz Peña; and the spokesperson for the Government of Chile, Tomás Vidal Rojas.',
    ['Laura Ortiz Peña', 'Tomás Vidal Rojas'],
  ],
  // Glued to a capitalised body, a lowercase head makes no title: the body's words are no person.
  ['She is a trustee of the Abraham Lincoln Presidential Library and Museum.', []],
  ['She is the leader of the Health Care Subgroup.', []],
  // A lowercase word that is no title head opens no title ("friends"); the full name alone is
  // an untitled person (fullNamePeople.ts, names49: the gold declares every person named).
  ['They thanked the friends of the National Museum, Laura Ortiz and others.', ['Laura Ortiz']],
  // "the late" before anything but a given name and a surname names no one.
  ['The ministers met in the late afternoon and the late Spring Session opened.', []],
];

function officials(body: string): string[] {
  const extraction = extractText('Statement', body, 'names-untitled-shapes');
  return extraction.entities
    .filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('untitled and lightly titled person names', () => {
  it.each(ROWS)('%s', (body, expected) => {
    expect(officials(body).sort()).toEqual([...expected].sort());
  });
});

describe('Congress named by its adjective', () => {
  it('"Congressional approval" declares Congress; the Budget Office stays its own body', () => {
    const body =
      'The sale is pending Congressional approval. The Congressional Budget Office will review it.';
    const names = extractText('Statement', body, 'congressional')
      .entities.filter((entity) => entity.type === 'Organization')
      .map((entity) => entity.name);
    expect(names.sort()).toEqual(['Congress', 'Congressional Budget Office']);
  });
});
