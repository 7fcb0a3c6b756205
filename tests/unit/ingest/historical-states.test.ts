/**
 * States that no longer exist (data/lexicon/countries.json `historical`): "the Soviet Union",
 * "USSR", "Yugoslavia", "Czechoslovakia" are countries, not bodies named by a head word ("Union"
 * made the Soviet Union an Organization); "Soviet" stands for the state, as the gold of
 * 2024-04-04 has it ("the forces of Soviet totalitarianism"). Table-driven: body → the entities
 * (name and type) that must be found.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, expected: string[]][] = [
  ['The collapse of the Soviet Union changed Europe.', ['Soviet Union:Country']],
  [
    'The USSR and the United States signed the treaty in 1987.',
    ['Soviet Union:Country', 'United States:Country'],
  ],
  ['The Soviet regime deported thousands of families.', ['Soviet Union:Country']],
  [
    'The former Yugoslavia and Czechoslovakia were divided.',
    ['Yugoslavia:Country', 'Czechoslovakia:Country'],
  ],
];

function entities(body: string): string[] {
  return extractText('Statement', body, 'historical-states')
    .entities.filter((entity) => entity.type !== 'Topic')
    .map((entity) => `${entity.name}:${entity.type}`);
}

describe('historical states are countries', () => {
  for (const [body, expected] of ROWS) {
    it(body, () => {
      const found = entities(body);
      for (const entity of expected) expect(found).toContain(entity);
      expect(found).not.toContain('Soviet Union:Organization');
    });
  }
});
