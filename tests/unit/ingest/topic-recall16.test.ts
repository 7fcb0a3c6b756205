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
