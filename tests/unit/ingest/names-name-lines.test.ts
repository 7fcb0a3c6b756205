/**
 * People listed one per line without a title (nameLines.ts), table-driven: a statement → the
 * people it must yield, and names it must not.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [body: string, people: string[], absent: string[]];

const ROWS: Row[] = [
  // Untitled members listed beside a titled one and each other are people; an honorific is no
  // part of the name.
  [
    'The appointed members are:\n\nSecretary Marco Rubio\n\nSteve Witkoff\n\nSir Tony Blair\n\nMarc Rowan\n\nEach member will oversee a portfolio.',
    ['Marco Rubio', 'Steve Witkoff', 'Tony Blair', 'Marc Rowan'],
    ['Sir Tony Blair'],
  ],
  // A lone name line (a heading, a signature) names no list.
  ['The two sides met today.\n\nSteve Witkoff\n\nThe talks went well.', [], ['Steve Witkoff']],
  // A line with a head noun is a place or a body, not a person.
  [
    'The venues are:\n\nSecretary Marco Rubio\n\nMax Planck Institute\n\nWill Rogers Airport',
    ['Marco Rubio'],
    ['Max Planck Institute', 'Will Rogers Airport'],
  ],
];

function people(body: string): string[] {
  return extractText('Statement', body, 'name-lines')
    .entities.filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('people listed one per line without a title', () => {
  for (const [body, expected, absent] of ROWS) {
    it(body.slice(0, 60), () => {
      const found = people(body);
      for (const name of expected) expect(found).toContain(name);
      for (const name of absent) expect(found).not.toContain(name);
    });
  }
});
