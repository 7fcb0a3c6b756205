import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../../ingest/eval/score';
import { entity, extraction, gold, goldEntity } from './fixtures';

const dprk = goldEntity("Democratic People's Republic of Korea", 'Country', [
  'North Korea',
  'DPRK',
]);
const japan = goldEntity('Japan', 'Country', ['Japan']);

describe('named entity matching', () => {
  it('counts an exact name match as a true positive', () => {
    const score = scoreDocument(
      gold({ entities: [japan] }),
      extraction({ entities: [entity('country:jpn', 'Japan', 'Country')] }),
    );
    expect(score.entities).toMatchObject({
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
    });
    expect(score.entities.f1).toBe(1);
  });

  it('folds case, curly apostrophes and whitespace', () => {
    const score = scoreDocument(
      gold({ entities: [dprk] }),
      extraction({
        entities: [entity('country:prk', 'democratic  people’s republic of KOREA', 'Country')],
      }),
    );
    expect(score.entities.truePositives).toBe(1);
  });

  it('matches a predicted name against a gold alias', () => {
    const score = scoreDocument(
      gold({ entities: [dprk] }),
      extraction({ entities: [entity('country:prk', 'North Korea', 'Country')] }),
    );
    expect(score.entities.truePositives).toBe(1);
  });

  it('matches when an extracted alias equals a gold alias', () => {
    const score = scoreDocument(
      gold({ entities: [dprk] }),
      extraction({ entities: [entity('country:prk', 'Pyongyang regime', 'Country', ['DPRK'])] }),
    );
    expect(score.entities.truePositives).toBe(1);
  });

  it('does not match when only the text is similar but no form is equal', () => {
    const score = scoreDocument(
      gold({ entities: [dprk] }),
      extraction({ entities: [entity('country:kor', 'Korea', 'Country')] }),
    );
    expect(score.entities).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });

  it('treats a type mismatch as a miss and a false positive', () => {
    const score = scoreDocument(
      gold({ entities: [goldEntity('Freedom Edge', 'Program', ['Freedom Edge'])] }),
      extraction({ entities: [entity('event:freedom-edge', 'Freedom Edge', 'Event')] }),
    );
    expect(score.entities).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
    expect(score.errors.entities.missed).toEqual([{ label: 'Freedom Edge', detail: 'Program' }]);
  });

  it('matches each gold entity at most once: a duplicate prediction is a false positive', () => {
    const score = scoreDocument(
      gold({ entities: [dprk, japan] }),
      extraction({
        entities: [
          entity('country:prk', 'DPRK', 'Country'),
          entity('country:north-korea', 'North Korea', 'Country'),
          entity('country:jpn', 'Japan', 'Country'),
        ],
      }),
    );
    expect(score.entities).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 0,
    });
    expect(score.entities.precision).toBeCloseTo(2 / 3);
    expect(score.entities.recall).toBe(1);
  });

  it('scores an empty prediction with recall 0 and F1 0', () => {
    const score = scoreDocument(gold({ entities: [dprk, japan] }), extraction({}));
    expect(score.entities.recall).toBe(0);
    expect(score.entities.f1).toBe(0);
    expect(score.entities.falseNegatives).toBe(2);
  });

  it('keeps topics out of the named entity figures', () => {
    const score = scoreDocument(
      gold({ entities: [japan, goldEntity('sanctions', 'Topic')] }),
      extraction({ entities: [entity('country:jpn', 'Japan', 'Country')] }),
    );
    expect(score.entities.f1).toBe(1);
    expect(score.topics.recall).toBe(0);
  });
});
