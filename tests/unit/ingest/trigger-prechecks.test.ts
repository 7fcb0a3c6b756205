/**
 * findTriggers asks the sentence's words (and the parts of its hyphenated ones) for the word an
 * undertaking pattern needs before running the pattern (speed42). A precheck that asked for too
 * much (a case, a whole word where a hyphen part stands) would lose the trigger.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../ingest/stances';
import { wordsAndParts } from '../../../ingest/trigger';

describe('wordsAndParts', () => {
  it.each([
    ['will', ['will']],
    ['good-will', ['good-will', 'good', 'will']],
    ['cease-fire-wise', ['cease-fire-wise', 'cease', 'fire', 'wise']],
  ])('%s → %j', (lower, expected) => {
    expect([...wordsAndParts([{ start: 0, end: lower.length, lower }])]).toEqual(expected);
  });
});

describe('undertaking prechecks keep every trigger', () => {
  it.each([
    ['WE WILL strengthen our alliance.', [['commit', 'WILL strengthen']]],
    ['The leaders are continuing to support Ukraine.', [['support', 'are continuing to support']]],
    [
      'While ensuring stability, the parties will expand trade.',
      [
        ['commit', 'While ensuring'],
        ['commit', 'will expand'],
      ],
    ],
    ['The allies Must cease-fire-wise stop the attacks.', [['call', 'Must cease']]],
    [
      'Tokyo and Seoul continue to deepen their self-defense cooperation.',
      [['commit', 'continue to deepen']],
    ],
  ])('%s', (sentence, expected) => {
    expect(findTriggers(sentence).map((t) => [t.stance, t.text])).toEqual(expected);
  });
});

describe('a frame needle inside a hyphenated word still lets the frame run', () => {
  // The frame's own boundary stands at the hyphen, so its regex matches "commitment" in
  // "re-commitment"; a prefilter on whole words only left it to the generic "is ironclad".
  it.each([
    ['Our re-commitment to the alliance is ironclad.', [['commit', 'is ironclad']]],
    ['The Quad-support for the region remains steadfast.', [['support', 'remains steadfast']]],
  ])('%s', (sentence, expected) => {
    expect(findTriggers(sentence).map((t) => [t.stance, t.text])).toEqual(expected);
  });
});
