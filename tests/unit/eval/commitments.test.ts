import { describe, expect, it } from 'vitest';
import type { Relation } from '../../../contract/extraction';
import type { GoldCommitment } from '../../../ingest/eval/goldSchema';
import { scoreDocument } from '../../../ingest/eval/score';
import { commitment, entity, extraction, gold, goldEntity } from './fixtures';

const SENTENCE =
  'The Secretary and Foreign Ministers strongly opposed unlawful maritime claims in the South China Sea.';
const URGE =
  'They urged Russia and North Korea to cease such activities and abide by the UN Charter.';

const goldEntities = [
  goldEntity('United States', 'Country', ['United States']),
  goldEntity('Japan', 'Country', ['Japan']),
  goldEntity('Russia', 'Country', ['Russia']),
  goldEntity("Democratic People's Republic of Korea", 'Country', ['North Korea']),
  goldEntity('Marco Rubio', 'Official', ['Marco Rubio']),
  goldEntity('Iwaya Takeshi', 'Official', ['Iwaya Takeshi']),
  goldEntity('South China Sea', 'Region', ['South China Sea']),
  goldEntity('UN Charter', 'Instrument', ['UN Charter']),
  goldEntity('unlawful maritime claims', 'Topic'),
  goldEntity('military cooperation between DPRK and Russia', 'Topic'),
];
const goldRelations = [
  { type: 'REPRESENTS' as const, from: 'Marco Rubio', to: 'United States' },
  { type: 'REPRESENTS' as const, from: 'Iwaya Takeshi', to: 'Japan' },
];
const predictedEntities = [
  entity('country:usa', 'United States', 'Country'),
  entity('country:jpn', 'Japan', 'Country'),
  entity('country:rus', 'Russia', 'Country'),
  entity('country:prk', 'North Korea', 'Country'),
  entity('official:marco-rubio', 'Marco Rubio', 'Official'),
  entity('official:iwaya-takeshi', 'Iwaya Takeshi', 'Official'),
  entity('official:antony-blinken', 'Antony Blinken', 'Official'),
  entity('region:south-china-sea', 'South China Sea', 'Region'),
  entity('instrument:un-charter', 'UN Charter', 'Instrument'),
  entity('topic:unlawful-maritime-claims', 'unlawful maritime claim', 'Topic'),
  entity('topic:dprk-russia', 'DPRK-Russia military cooperation', 'Topic'),
];

const opposeGold: GoldCommitment = {
  actors: ['Marco Rubio', 'Iwaya Takeshi'],
  stance: 'oppose',
  about: ['unlawful maritime claims', 'South China Sea'],
  targets: [],
  sentence: SENTENCE,
  trigger: 'strongly opposed',
};
const urgeGold: GoldCommitment = {
  actors: ['Marco Rubio', 'Iwaya Takeshi'],
  stance: 'urge',
  about: ['UN Charter', 'military cooperation between DPRK and Russia'],
  targets: ['Russia', "Democratic People's Republic of Korea"],
  sentence: URGE,
  trigger: 'urged',
};

function score(
  commitments: ReturnType<typeof commitment>[],
  relations: Relation[] = [],
  goldCommitments = [opposeGold],
) {
  return scoreDocument(
    gold({ entities: goldEntities, relations: goldRelations, commitments: goldCommitments }),
    extraction({ entities: predictedEntities, commitments, relations }),
  );
}

describe('commitment matching', () => {
  it('matches the same sentence, stance and actors', () => {
    const result = score([
      commitment({
        text: SENTENCE,
        stance: 'oppose',
        actors: ['official:marco-rubio', 'official:iwaya-takeshi'],
      }),
    ]);
    expect(result.commitments).toMatchObject({
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
    });
  });

  it('folds whitespace and quote differences in the sentence, but not other text', () => {
    const curly = 'They urged the “DPRK’s” leaders to cease such activities.';
    const straight = ' They urged  the "DPRK\'s"\nleaders to cease such activities. ';
    const goldCurly = { ...urgeGold, targets: [], about: [], sentence: curly };
    const predicted = (text: string) => [
      commitment({ text, stance: 'urge', actors: ['official:marco-rubio'] }),
    ];
    expect(score(predicted(straight), [], [goldCurly]).commitments.truePositives).toBe(1);
    const reworded = straight.replace('cease', 'stop');
    expect(score(predicted(reworded), [], [goldCurly]).commitments.truePositives).toBe(0);
  });

  it('misses a commitment with another stance', () => {
    const result = score([
      commitment({ text: SENTENCE, stance: 'concern', actors: ['official:marco-rubio'] }),
    ]);
    expect(result.commitments).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });

  it('misses a commitment whose actors are all different', () => {
    const result = score([
      commitment({ text: SENTENCE, stance: 'oppose', actors: ['country:rus'] }),
    ]);
    expect(result.commitments.truePositives).toBe(0);
  });

  it('counts the country an official represents (gold relations) as the same actor', () => {
    const result = score([
      commitment({ text: SENTENCE, stance: 'oppose', actors: ['country:usa', 'country:jpn'] }),
    ]);
    expect(result.commitments.truePositives).toBe(1);
  });

  it('counts an official representing the gold country (extraction relations) as the same actor', () => {
    const goldByCountry = { ...opposeGold, actors: ['United States'] };
    const blinken = [
      commitment({ text: SENTENCE, stance: 'oppose', actors: ['official:antony-blinken'] }),
    ];
    expect(score(blinken, [], [goldByCountry]).commitments.truePositives).toBe(0);
    const represents: Relation[] = [
      { type: 'REPRESENTS', from: 'official:antony-blinken', to: 'country:usa' },
    ];
    expect(score(blinken, represents, [goldByCountry]).commitments.truePositives).toBe(1);
  });

  it('does not equate two officials of the same country', () => {
    const represents: Relation[] = [
      { type: 'REPRESENTS', from: 'official:antony-blinken', to: 'country:usa' },
    ];
    const result = score(
      [commitment({ text: SENTENCE, stance: 'oppose', actors: ['official:antony-blinken'] })],
      represents,
      [{ ...opposeGold, actors: ['Marco Rubio'] }],
    );
    expect(result.commitments.truePositives).toBe(0);
  });

  it('matches one-to-one: a duplicate prediction is a false positive', () => {
    const duplicate = () =>
      commitment({ text: SENTENCE, stance: 'oppose', actors: ['official:marco-rubio'] });
    const result = score([duplicate(), duplicate()]);
    expect(result.commitments).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
    });
  });

  it('pairs same-sentence commitments by the closest trigger and actors', () => {
    const two: GoldCommitment[] = [
      { ...opposeGold, actors: ['United States'], trigger: 'strongly opposed' },
      { ...opposeGold, actors: ['Japan'], trigger: 'opposed' },
    ];
    const result = score(
      [
        commitment({
          text: SENTENCE,
          stance: 'oppose',
          actors: ['country:jpn'],
          trigger: 'opposed',
        }),
        commitment({
          text: SENTENCE,
          stance: 'oppose',
          actors: ['country:usa'],
          trigger: 'strongly opposed',
        }),
      ],
      [],
      two,
    );
    expect(result.commitments.truePositives).toBe(2);
  });

  it('says whether the actor set is the gold one, an official standing for its country', () => {
    const represents: Relation[] = [
      { type: 'REPRESENTS', from: 'official:antony-blinken', to: 'country:usa' },
    ];
    const actorSets = (actors: string[]) =>
      score([commitment({ text: SENTENCE, stance: 'oppose', actors })], represents).actorSets;
    // Gold: Rubio and Iwaya. One of the two matches the commitment but is not the set.
    expect(actorSets(['official:marco-rubio'])).toEqual({ found: 0, total: 1, recall: 0 });
    expect(actorSets(['country:usa', 'country:jpn']).recall).toBe(1);
    // A third party the gold does not name spoils the set (Russia); a second U.S. official, too.
    expect(actorSets(['country:usa', 'country:jpn', 'country:rus']).recall).toBe(0);
    expect(actorSets(['official:marco-rubio', 'official:iwaya-takeshi']).recall).toBe(1);
    const withBlinken = [
      'official:marco-rubio',
      'official:iwaya-takeshi',
      'official:antony-blinken',
    ];
    expect(actorSets(withBlinken).recall).toBe(0);
    const differing = score(
      [commitment({ text: SENTENCE, stance: 'oppose', actors: ['country:usa'] })],
      represents,
    ).errors.actorSets;
    expect(differing.map((item) => item.label)).toEqual([
      '[Marco Rubio, Iwaya Takeshi] ≠ [United States]',
    ]);
  });

  it('gives recall 0 for an empty prediction', () => {
    const result = score([], [], [opposeGold, urgeGold]);
    expect(result.commitments.recall).toBe(0);
    expect(result.commitments.falseNegatives).toBe(2);
    expect(result.about.recall).toBeNull();
  });
});

describe('about-recall and target-recall', () => {
  it('counts gold about items found in about ∪ implicitAbout, topics by the fuzzy rule', () => {
    const result = score(
      [
        commitment({
          text: URGE,
          stance: 'urge',
          actors: ['official:marco-rubio', 'official:iwaya-takeshi'],
          about: ['instrument:un-charter'],
          implicitAbout: ['topic:dprk-russia'],
          targets: ['country:rus'],
        }),
        commitment({
          text: SENTENCE,
          stance: 'oppose',
          actors: ['country:usa'],
          about: ['topic:unlawful-maritime-claims'],
        }),
      ],
      [],
      [opposeGold, urgeGold],
    );
    expect(result.commitments.truePositives).toBe(2);
    // urge: UN Charter + DPRK–Russia cooperation (fuzzy, via implicitAbout); oppose: claims, not the sea.
    expect(result.about).toEqual({ found: 3, total: 4, recall: 0.75 });
    expect(result.errors.about.map((item) => item.label)).toEqual(['South China Sea']);
    expect(result.targets).toEqual({ found: 1, total: 2, recall: 0.5 });
  });

  it('only counts items of matched commitments', () => {
    const result = score([
      commitment({
        text: SENTENCE,
        stance: 'concern',
        actors: ['country:usa'],
        about: ['region:south-china-sea'],
      }),
    ]);
    expect(result.about).toEqual({ found: 0, total: 0, recall: null });
  });
});
