/**
 * Name boundaries in long joint statements (session 35, nejoint35b), table-driven: a sentence →
 * the names and types it must yield, and names it must not. Sentences written for the test in the
 * genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  // A lowercase name particle ('bin', 'de', 'von der') keeps a capitalised run whole: the body is
  // named after a person or place, not cut to the words after the particle.
  [
    'The leaders welcomed the launch by the Khalifa bin Zayed Science Center of a new mission.',
    [['Khalifa bin Zayed Science Center', 'Organization']],
    ['Zayed Science Center'],
  ],
  [
    'The partners thanked the Banco de Portugal Foundation and the Anna von der Heide Institute.',
    [
      ['Banco de Portugal Foundation', 'Organization'],
      ['Anna von der Heide Institute', 'Organization'],
    ],
    ['Portugal Foundation', 'Heide Institute'],
  ],
  // A person's name holding a particle is a bare name: "and the" after it opens a name of its own.
  [
    'They met Crown Prince Faisal bin Salman and the Ministry of Energy.',
    [['Ministry of Energy', 'Organization']],
    ['Crown Prince Faisal bin Salman and the Ministry of Energy'],
  ],
];

function names(sentence: string) {
  return extractText('Joint Statement', sentence, 'names-joint-s35').entities.map((entity) => [
    entity.name,
    entity.type,
  ]);
}

describe('name boundaries in long joint statements (session 35)', () => {
  for (const [sentence, expected, absent = []] of ROWS) {
    it(sentence, () => {
      const found = names(sentence);
      for (const pair of expected) expect(found).toContainEqual(pair);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});
