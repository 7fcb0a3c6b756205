/**
 * Unnamed specific mechanisms and agreements a statement creates (createdMechanisms.ts), and
 * programmes introduced by a naming participle (quotedPrograms.ts findQuotedPrograms), a known
 * body's documents after its full name (knownExtensions.ts): sentences
 * written for these tests in the releases' style.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../contract/extraction';
import { extractText } from '../../support/extractText';

const FOUND: [body: string, type: EntityType, name: string][] = [
  [
    'The two governments agreed to launch a high-level maritime dialogue later this year.',
    'Program',
    'high-level maritime dialogue',
  ],
  [
    'The partners have established a regional data sharing platform to exchange threat information.',
    'Program',
    'regional data sharing platform',
  ],
  [
    'The ministers discussed the recently signed fisheries agreement between the two countries.',
    'Instrument',
    'fisheries agreement',
  ],
  [
    'The leaders welcomed the launch of the grid and storage arrangement between the two utilities.',
    'Instrument',
    'grid and storage arrangement',
  ],
  // Novelty and evaluative words are no part of the name.
  [
    'The agencies will begin a new comprehensive regional vaccination campaign next month.',
    'Program',
    'regional vaccination campaign',
  ],
  [
    'The Ministry created a technical working group to review the standards.',
    'Program',
    'technical working group',
  ],
  // A known body's full name before its documents' noun.
  [
    'Members will apply the Financial Action Task Force recommendations to virtual assets.',
    'Instrument',
    'Financial Action Task Force recommendations',
  ],
  // A naming participle before a quoted or capitalised name.
  [
    'The exchange program, titled “Bridges of Learning” connects students in both countries.',
    'Program',
    'Bridges of Learning',
  ],
  [
    'The agency launched a project called Coastal Resilience and Livelihoods to support fishing towns.',
    'Program',
    'Coastal Resilience and Livelihoods',
  ],
];

const NOT_FOUND: [body: string, name: string][] = [
  // A bare head or only novelty words: no specific name.
  ['The ministers agreed to establish a new mechanism to share data.', 'mechanism'],
  ['They will launch an enduring program in the region.', 'enduring program'],
  // The complement names it further: left to the finders of whole names.
  ['They agreed to launch a dialogue on maritime security.', 'dialogue'],
  // No creation word: a kind of thing, not one.
  ['They will deepen cooperation through bilateral dialogues.', 'bilateral dialogues'],
];

describe('unnamed mechanisms and agreements a statement creates', () => {
  for (const [body, type, name] of FOUND) {
    it(body, () => {
      const names = extractText('Statement', body, 'created-mechanisms')
        .entities.filter((entity) => entity.type === type)
        .map((entity) => entity.name);
      expect(names).toContain(name);
    });
  }
  for (const [body, name] of NOT_FOUND) {
    it(`none: ${body}`, () => {
      const names = extractText('Statement', body, 'created-mechanisms')
        .entities.filter((entity) => entity.type === 'Program' || entity.type === 'Instrument')
        .map((entity) => entity.name);
      expect(names).not.toContain(name);
    });
  }
});
