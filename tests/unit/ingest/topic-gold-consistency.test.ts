/**
 * Topic rules of session 11 (helper topics22), after the gold's topic names were made consistent
 * (data/gold/README.md, "Settled in session 11"). Sentences are written in the genres' style, never
 * copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('coordination on DPRK issues is the concept coordination on the DPRK (thesaurus)', () => {
  it('names the concept, not the issues', () => {
    const [about] = aboutOf('Both ministers committed to maintain close coordination on DPRK issues.');
    expect(about).toContain('coordination on the DPRK');
    expect(about).not.toContain('DPRK issues');
  });
});
