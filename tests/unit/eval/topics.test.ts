import { describe, expect, it } from 'vitest';
import { contentTokens, topicSimilarity } from '../../../ingest/eval/normalize';
import { scoreDocument } from '../../../ingest/eval/score';
import { stem } from '../../../ingest/topics/plural';
import { entity, extraction, gold, goldEntity } from './fixtures';

function topicScore(goldName: string, predictedName: string, predictedAliases: string[] = []) {
  return scoreDocument(
    gold({ entities: [goldEntity(goldName, 'Topic')] }),
    extraction({ entities: [entity('topic:x', predictedName, 'Topic', predictedAliases)] }),
  ).topics;
}

describe('fuzzy topic matching', () => {
  it('stems plurals lightly', () => {
    expect(stem('sanctions')).toBe('sanction');
    expect(stem('activities')).toBe('activity');
    expect(stem('approaches')).toBe('approach');
    expect(stem('cross')).toBe('cross');
    expect(stem('status')).toBe('status');
    expect(stem('crises')).toBe('crisis');
    expect(stem('crisis')).toBe('crisis');
    expect(stem('analyses')).toBe('analysis');
    expect(stem('purposes')).toBe('purpose');
  });

  it('drops stop words from the content tokens', () => {
    expect(contentTokens('the Rule of Law')).toEqual(['rule', 'law']);
  });

  it('matches equal names after normalisation', () => {
    expect(topicScore('malicious cyber activity', 'Malicious cyber activities').truePositives).toBe(
      1,
    );
  });

  it('matches when one name contains the other as whole words', () => {
    expect(topicScore('sanctions', 'sanctions regime').truePositives).toBe(1);
    expect(topicScore('extended deterrence commitments', 'extended deterrence').truePositives).toBe(
      1,
    );
  });

  it('does not count a substring inside a word as containment', () => {
    // "nation" is inside "international" and "denuclearization" only as part of a word.
    expect(topicSimilarity('international cooperation', 'nation')).toBe(0);
    expect(topicScore('denuclearization', 'nuclear').truePositives).toBe(0);
  });

  it('matches on token Jaccard ≥ 0.5 and not below', () => {
    // {supply, chain, resilience} vs {resilient, supply, chain}: 2/4 = 0.5.
    expect(topicScore('supply chain resilience', 'resilient supply chains').truePositives).toBe(1);
    // {economic, security} vs {energy, security}: 1/3.
    expect(topicScore('economic security', 'energy security').truePositives).toBe(0);
  });

  it('matches when an extracted alias equals a gold name', () => {
    expect(
      topicScore('nonproliferation', 'preventing proliferation', ['nonproliferation'])
        .truePositives,
    ).toBe(1);
  });

  it('prefers the closest topic when several would match', () => {
    const score = scoreDocument(
      gold({ entities: [goldEntity('energy security', 'Topic'), goldEntity('security', 'Topic')] }),
      extraction({
        entities: [
          entity('topic:security', 'security', 'Topic'),
          entity('topic:energy-security', 'energy security', 'Topic'),
        ],
      }),
    );
    expect(score.topics.truePositives).toBe(2);
    expect(score.errors.topics.spurious).toEqual([]);
  });
});
