import { describe, expect, it } from 'vitest';
import { aggregate, scoreDocument } from '../../../ingest/eval/score';
import { entity, extraction, gold, goldEntity } from './fixtures';

describe('aggregate', () => {
  it('micro-averages: pooled counts, not the mean of per-document figures', () => {
    // Document A: 1 of 1 found. Document B: 1 of 3 found, 1 spurious.
    const a = scoreDocument(
      gold({ entities: [goldEntity('Japan', 'Country')] }),
      extraction({ entities: [entity('country:jpn', 'Japan', 'Country')] }),
    );
    const b = scoreDocument(
      gold({
        entities: [
          goldEntity('Japan', 'Country'),
          goldEntity('Russia', 'Country'),
          goldEntity('Ukraine', 'Country'),
        ],
      }),
      extraction({
        entities: [
          entity('country:jpn', 'Japan', 'Country'),
          entity('country:fra', 'France', 'Country'),
        ],
      }),
    );
    const overall = aggregate([a, b]);
    expect(overall.documents).toBe(2);
    expect(overall.entities).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 2,
    });
    expect(overall.entities.recall).toBeCloseTo(2 / 4);
    expect(overall.entities.precision).toBeCloseTo(2 / 3);
    // The macro mean of recalls would be (1 + 1/3) / 2 = 0.667.
    expect(overall.entities.recall).not.toBeCloseTo((a.entities.recall + b.entities.recall) / 2);
  });

  it('pools about-recall counts', () => {
    const overall = aggregate([]);
    expect(overall.about.recall).toBeNull();
    expect(overall.entities.f1).toBe(1);
  });
});
