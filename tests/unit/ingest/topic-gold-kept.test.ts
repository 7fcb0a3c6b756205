/**
 * The gold overrules a topic convention's bar (selector/goldFeatures.ts goldKeeps): a phrase the
 * conventions bar (vacuous alone, a vacuous phrase or head, an agent) is still a candidate where
 * the gold names it a topic in GOLD_KEPT_FILES files or more and in at least half the files that
 * offer it; vacuousPhrases entries, fragments and structural cuts stay barred. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { topicCandidates } from '../../../ingest/topics/selector/candidates';
import { GOLD_KEPT_FILES, goldKeeps } from '../../../ingest/topics/selector/goldFeatures';

describe('goldKeeps', () => {
  it.each([
    // [named, seen, kept]
    [GOLD_KEPT_FILES, GOLD_KEPT_FILES, true],
    [10, 20, true],
    [10, 21, false],
    [GOLD_KEPT_FILES - 1, GOLD_KEPT_FILES - 1, false],
    [0, 0, false],
  ])('named in %i of %i files → %s', (named, seen, kept) => {
    const stats = { named: () => named, seen: () => seen, head: () => 0 };
    expect(goldKeeps(stats, 'stability')).toBe(kept);
  });
});

describe('topicCandidates with the gold overruling a bar', () => {
  const cases: [string, string, boolean][] = [
    // vacuousAlone: "stability" alone
    ['They agreed to preserve stability in the Middle East.', 'stability', true],
    // vacuousPhrases are the conventions' ruling on the phrase itself: no count lifts them
    ['We call on the international community to act.', 'international community', false],
    // vacuousHeads: "partners"
    ['We will work with international partners on this.', 'international partners', true],
  ];
  it.each(cases)('%s: %s offered only where the gold keeps it', (sentence, phrase, offered) => {
    const [terms] = tagTexts([sentence]);
    const none = () => false;
    const lone = () => true;
    const kept = (text: string) => text.toLowerCase() === phrase;
    const texts = (gold?: (t: string) => boolean) =>
      topicCandidates(sentence, terms!, 0, sentence.length, none, [], undefined, lone, gold).map(
        (c) => c.text,
      );
    expect(texts().includes(phrase)).toBe(false);
    expect(texts(kept).includes(phrase)).toBe(offered);
    // Only the phrase the gold keeps is lifted.
    expect(texts(kept).length - texts().length).toBe(offered ? 1 : 0);
  });

  it('a structural cut stays: a lone word before the noun it modifies is no candidate', () => {
    const sentence = 'They will expand health care in rural areas.';
    const [terms] = tagTexts([sentence]);
    const found = topicCandidates(
      sentence,
      terms!,
      0,
      sentence.length,
      () => false,
      [],
      undefined,
      () => true,
      (text) => text === 'health',
    );
    expect(found.map((c) => c.text)).not.toContain('health');
  });
});
