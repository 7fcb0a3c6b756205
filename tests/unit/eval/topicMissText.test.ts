/**
 * Where a missed gold topic's words stand in the gold sentences about it (ingest/eval/topicMissText.ts):
 * written whole by shape, an alias written, every content word written apart, or not in the text.
 */
import { describe, expect, it } from 'vitest';
import { textClass } from '../../../ingest/eval/topicMissText';

describe('textClass', () => {
  it.each([
    ['climate finance', [], 'We will mobilize climate finance.', 'formation:plain'],
    ['defense of Japan', [], 'We reaffirm the defense of Japan.', 'formation:of'],
    ['peace and stability', [], 'We support peace and stability.', 'formation:and'],
    [
      'Canada-U.S. partnership',
      ['enduring partnership between our two great nations'],
      'We build on the enduring partnership between our two great nations.',
      'alias',
    ],
    [
      'supply chain resilience',
      [],
      'They underscored supply chain security and resilience.',
      'formation:spread',
    ],
    [
      'critical vulnerabilities',
      [],
      'We reduce critical dependencies and vulnerabilities.',
      'formation:spread',
    ],
    ['root causes of migration', [], 'We address irregular flows in the region.', undefined],
    // an alias not in the sentence is no alias class
    ['sanctions', ['economic costs'], 'We will hold Russia accountable.', undefined],
  ])('%s', (name, aliases, sentence, expected) => {
    expect(textClass(name, aliases, [sentence])).toBe(expected);
  });
});
