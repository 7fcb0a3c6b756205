import { describe, expect, it } from 'vitest';
import { figuresOf, macroFigures } from '../../../ingest/eval/figures';
import { goldFocusNames } from '../../../ingest/eval/lens';
import { aggregate, scoreDocument } from '../../../ingest/eval/score';
import { commitment, entity, extraction, gold, goldEntity } from './fixtures';

const URGE =
  'They urged Russia and North Korea to cease such activities and abide by the UN Charter.';
const CONDEMN = 'We condemn the launches by North Korea and the sanctions evasion.';

const goldEntities = [
  goldEntity('United States', 'Country'),
  goldEntity('Russia', 'Country'),
  goldEntity("Democratic People's Republic of Korea", 'Country', ['North Korea']),
  goldEntity('UN Charter', 'Instrument'),
  goldEntity('ballistic missile launches', 'Topic'),
  goldEntity('sanctions evasion', 'Topic'),
];
const predictedEntities = [
  entity('country:usa', 'United States', 'Country'),
  entity('country:rus', 'Russia', 'Country'),
  entity('country:prk', 'North Korea', 'Country'),
  entity('instrument:un-charter', 'UN Charter', 'Instrument'),
  entity('topic:launches', 'ballistic missile launches', 'Topic'),
  entity('topic:cease-such', 'cease such', 'Topic'),
];
const goldDoc = gold({
  entities: goldEntities,
  commitments: [
    {
      actors: ['United States'],
      stance: 'urge',
      about: ['UN Charter'],
      targets: ['Russia', "Democratic People's Republic of Korea"],
      sentence: URGE,
      trigger: 'urged',
    },
    {
      actors: ['United States'],
      stance: 'condemn',
      about: ['ballistic missile launches', 'sanctions evasion'],
      targets: ["Democratic People's Republic of Korea"],
      sentence: CONDEMN,
      trigger: 'condemn',
    },
  ],
});

describe('DPRK lens and about-precision', () => {
  it('finds the gold DPRK by any of its names', () => {
    expect([...goldFocusNames(goldDoc)]).toEqual(["Democratic People's Republic of Korea"]);
  });

  it('compares the entities linked to the DPRK through about/targets on both sides', () => {
    const predicted = extraction({
      entities: predictedEntities,
      commitments: [
        commitment({
          text: URGE,
          stance: 'urge',
          actors: ['country:usa'],
          about: ['topic:cease-such'],
          targets: ['country:rus', 'country:prk'],
        }),
        commitment({
          text: CONDEMN,
          stance: 'condemn',
          actors: ['country:usa'],
          about: ['topic:launches'],
          implicitAbout: ['country:prk'],
        }),
      ],
    });
    const score = scoreDocument(goldDoc, predicted);
    // Gold lens: Russia, UN Charter, launches, sanctions evasion. Predicted: Russia, cease such,
    // launches (the implicit DPRK link counts: the explorer shows it too).
    expect(score.lens.precision).toMatchObject({ correct: 2, predicted: 3 });
    expect(score.lens.recall).toMatchObject({ found: 2, total: 4 });
    expect(score.errors.lens.spurious.map((e) => e.label)).toEqual(['cease such']);
    expect(score.errors.lens.missed.map((e) => e.label).sort()).toEqual([
      'UN Charter',
      'sanctions evasion',
    ]);
    // About-precision over the matched pairs: "cease such" wrong; launches and the DPRK (not
    // in the gold about of the condemnation) → 1 of 3.
    expect(score.aboutPrecision).toMatchObject({ correct: 1, predicted: 3 });
    expect(score.aboutPrecision.precision).toBeCloseTo(1 / 3);
  });

  it('is undefined (null) when neither side links anything to the DPRK', () => {
    const score = scoreDocument(
      gold({ entities: goldEntities }),
      extraction({ entities: predictedEntities }),
    );
    expect(score.lens.precision.precision).toBeNull();
    expect(score.lens.recall.recall).toBeNull();
    expect(score.aboutPrecision.precision).toBeNull();
  });
});

describe('macro averages', () => {
  it('average the documents figures, skipping the undefined ones', () => {
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
      extraction({ entities: [entity('country:jpn', 'Japan', 'Country')] }),
    );
    const macro = macroFigures([a, b]);
    expect(macro.entityRecall).toBeCloseTo((1 + 1 / 3) / 2);
    expect(figuresOf(aggregate([a, b])).entityRecall).toBeCloseTo(2 / 4);
    expect(macro.lensPrecision).toBeNull();
  });
});
