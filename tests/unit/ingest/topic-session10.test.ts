/**
 * General topic rules of session 10 (helper topics14), written in the genres' style, never a
 * gold sentence: spelling variants of thesaurus terms, coordinations the chunker must not join,
 * shared modifiers over coordinated heads.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { aboutOf } from '../../support/readoutTopics';

describe('thesaurus spelling variants', () => {
  it('folds a hyphen between lowercase letters ("bio-technology" is "biotechnology")', () => {
    const lx = lexicon();
    expect(conceptFor(lx, 'bio-technology')).toBe(conceptFor(lx, 'biotechnology'));
    expect(conceptFor(lx, 'bio-technology')).toBeDefined();
  });

  it('makes a hyphenated list item a topic', () => {
    const [about] = aboutOf(
      'The leaders committed to deepen cooperation on quantum technology and bio-technology.',
    );
    expect(about).toContain('biotechnology');
  });
});
