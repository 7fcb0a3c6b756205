/**
 * Topic recall rules of session 16 (helper rectop16): near-misses where the extractor found the
 * right place but cut the span wrong, grouped by boundary shape over the gold and counted in the
 * archive; sentences written in the genre's style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

/** Every topic of the sentence's commitments. */
function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('a wrapper head before "of"/"in" leaves its complement (relationalHeads)', () => {
  it.each([
    [
      'The leaders called for the immediate release of all political prisoners.',
      'political prisoners',
    ],
    [
      'They stressed that such actions undermine the fabric of the international order.',
      'international order',
    ],
    ['The leaders will open a new chapter of maritime cooperation.', 'maritime cooperation'],
    ['They committed to improvements in public health.', 'public health'],
    [
      'They welcomed the completion of the maritime boundary agreement.',
      'maritime boundary agreement',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toEqual([topic]);
  });
});

describe('values and the combined posture are named by the text (thesaurus narrower concepts)', () => {
  it.each([
    [
      'The two leaders reaffirmed their commitment to strengthening their combined defense posture.',
      'combined defense posture',
    ],
    ['They pledged to uphold their shared values.', 'shared values'],
    ['They agreed to promote democratic principles and institutions.', 'democratic principles'],
    ['The leaders will defend their common values.', 'common values'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toEqual([topic]);
  });
});

describe('modifiers coordinated inside a framed complement share its head (coordination.ts)', () => {
  it.each([
    [
      'We will strengthen support for economic and social development.',
      ['economic development', 'social development'],
    ],
    [
      'They reaffirmed full respect for legal and diplomatic processes.',
      ['legal processes', 'diplomatic processes'],
    ],
  ])('%s', (sentence, topics) => {
    expect(topicsOf(sentence)).toEqual(topics);
  });

  it('leaves two phrases of the clause joined by "and" alone', () => {
    expect(
      topicsOf(
        'They will continue visits in both directions and ongoing working-level consultations.',
      ),
    ).not.toContain('both directions');
  });
});

describe('two full phrases after "of" each take the frame (coordination.ts)', () => {
  it('expands the coordinated complement', () => {
    expect(
      topicsOf('They agreed to reduce the export of dual-use goods and sensitive technologies.'),
    ).toEqual(['export of dual-use goods', 'export of sensitive technologies']);
  });

  it('leaves modifiers of a shared head alone', () => {
    expect(
      topicsOf('They will expand procurement of certain textile and apparel products.'),
    ).not.toContain('procurement of certain textile');
  });
});
