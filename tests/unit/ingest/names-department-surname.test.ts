/**
 * "Secretary of Defense Austin": the department completes the title, and the official is Austin,
 * never "Defense Austin" (62 archive statements write a title with a department before a bare
 * surname, 86 times). The title patterns read the surname; the given-name completion
 * (ingest/entities/givenNames.ts) took the capitalised word before it for a given name. A full
 * name after the title stays whole. Table-driven: body → exactly the officials found.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, officials: string[]][] = [
  ['Secretary of Defense Austin met the delegation in Washington.', ['Austin']],
  ['Secretary of Agriculture Vilsack welcomed the agreement.', ['Vilsack']],
  ['Secretary of Labor Walsh and Secretary of Commerce Raimondo spoke.', ['Walsh', 'Raimondo']],
  // A department of two words, or with its article (Mayorkas is a lexicon official: his full name).
  [
    'Deputy Secretary of the Treasury Adeyemo and Secretary of Homeland Security Mayorkas spoke.',
    ['Adeyemo', 'Alejandro Mayorkas'],
  ],
  ['Minister of National Defense Anand announced new support.', ['Anand']],
  // The full name after the title is the official's name, whole.
  ['Secretary of Defense Lloyd J. Austin III spoke with the press.', ['Lloyd J. Austin III']],
];

function officials(body: string): string[] {
  const extraction = extractText('Statement', body, 'names-department-surname');
  return extraction.entities
    .filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('a department completing a title is no part of the name', () => {
  for (const [body, expected] of ROWS) {
    it(body, () => {
      expect(officials(body).sort()).toEqual([...expected].sort());
    });
  }
});
