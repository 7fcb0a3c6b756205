import { describe, expect, it } from 'vitest';
import { announcingName, placeAnnouncingBodies } from '../../../ingest/entities/announcingBodies';
import type { SegmentedSentence } from '../../../ingest/segment';
import type { EntityHit } from '../../../ingest/types';

/** Sentences in the fact sheets' style: the bare name of a private body opening its announcement. */
const CASES: [string, string | undefined][] = [
  ['Lumen Technologies will invest more than $80 million annually.', 'Lumen Technologies'],
  ['DoorDash will partner with 18 cities.', 'DoorDash'],
  ['Realtor.com Rentals will pilot a new listing process.', 'Realtor.com Rentals'],
  ['Community Jameel is committed to addressing climate change.', 'Community Jameel'],
  ['Rethink Food additionally commits to providing meals.', 'Rethink Food'],
  ['Acme Widgets has announced a new plant.', 'Acme Widgets'],
  // A single plain word: "Treasury", "Agencies" cannot be told from a company by shape.
  ['Treasury will complete the review.', undefined],
  ['Agencies will encourage adoption.', undefined],
  // A determiner, an acronym, a person, a title, a head word, no announcing verb.
  ['The Forum will convene next year.', undefined],
  ['NOAA Fisheries announced new grants.', undefined],
  ['Chef Andrew Zimmern will work with restaurants.', undefined],
  ['President Biden will travel to Kenya.', undefined],
  ['African Development Bank Group will invest $300 million.', undefined],
  ['Lumen Technologies said it expects growth.', undefined],
  ['Lumen Technologies will Invest.', undefined],
  // A fronted adverbial of up to five words and a comma still leaves the name opening the clause.
  [
    'In addition, Bloomberg Philanthropies will help develop standards.',
    'Bloomberg Philanthropies',
  ],
  ['At COP26, BlackRock announced the final close of the fund.', 'BlackRock'],
  ['Finally, YouTube is launching a feature.', 'YouTube'],
  ['By 2027, ReThink Food pledges to divert food waste.', 'ReThink Food'],
  // … and leaves every guard standing: one plain word, a title, a determiner, a title's plural.
  ['In Gaza, Hamas will release the hostages.', undefined],
  ['Today, President Biden will travel to Kenya.', undefined],
  ['In addition, the Forum will convene next year.', undefined],
  ['In these efforts, Quad Leaders will listen to the region.', undefined],
  ['Business Leaders will meet in June.', undefined],
  // An appositive between the name and its verb says what the body is (fact sheets' style).
  [
    'LeapFrog Investments, an impact investment firm operating in emerging markets, has committed to investing $500 million.',
    'LeapFrog Investments',
  ],
  ['Ninety One, a global investment manager, has announced initial funding.', 'Ninety One'],
  ['Nayak Farms, a 200-acre farm in Illinois, will work to combat hunger.', 'Nayak Farms'],
  [
    'Acme Builders, a contractor in Atlanta, Georgia, will explore expanding training.',
    'Acme Builders',
  ],
  ['In addition, Acme Widgets, a startup, will hire 100 workers.', 'Acme Widgets'],
  // … unless it describes a program, an agency or a person, whose "will" is a mandate or a post.
  ['Digital Invest, a blended finance program under PGI, will mobilize $245 million.', undefined],
  ['Employ Milwaukee, the workforce board for Milwaukee, will use formula funds.', undefined],
  ['Acme Widgets, a member of the coalition, will host the event.', undefined],
  // … and every guard on the name still stands: a given name, one plain word, a head word.
  ['Peter Hendrick Vrooman, a career diplomat, will serve as Ambassador.', undefined],
  ['Tritium, a manufacturer of chargers, will hire workers.', undefined],
  ['Boston Medical Center, the largest provider in New England, will build farms.', undefined],
  // A narrative verb is no announcement ("Revital Healthcare, a Kenya-based company, has built").
  ['Revital Healthcare, a Kenya-based company, has built a plant.', undefined],
  // More than five words before the comma is a clause of its own, not a fronted adverbial.
  ['When the two leaders met in Washington last year, Acme Widgets announced a plant.', undefined],
];

describe('announcingName', () => {
  it.each(CASES)('%s', (sentence, name) => {
    const at = announcingName(sentence);
    expect(at && sentence.slice(at.start, at.end)).toBe(name);
  });
});

describe('placeAnnouncingBodies', () => {
  const sentence = (index: number, start: number, text: string): SegmentedSentence =>
    ({ index, start, end: start + text.length, text }) as SegmentedSentence;
  const place = (text: string): EntityHit => ({
    entityId: 'region:cook-county',
    type: 'Region',
    start: 5,
    end: 5 + text.length,
    text,
  });

  it('reads a topic word inside the name as part of the name', () => {
    const text = 'LeapFrog Investments, an impact investment firm, has committed to investing.';
    const topic: EntityHit = {
      entityId: 'topic:investment',
      type: 'Topic',
      start: 9,
      end: 20,
      text: 'Investments',
    };
    const hits = new Map<number, EntityHit[]>([[0, [topic]]]);
    placeAnnouncingBodies([sentence(0, 0, text)], hits);
    expect(hits.get(0)?.map((hit) => hit.entityId)).toEqual(['organization:leapfrog-investments']);
  });

  it('leaves a name another kind of hit overlaps', () => {
    const text = 'Acme Vision, an impact investment firm, has committed to investing.';
    const other: EntityHit = {
      entityId: 'instrument:acme-vision',
      type: 'Instrument',
      start: 0,
      end: 11,
      text: 'Acme Vision',
    };
    const hits = new Map<number, EntityHit[]>([[0, [other]]]);
    placeAnnouncingBodies([sentence(0, 0, text)], hits);
    expect(hits.get(0)?.map((hit) => hit.entityId)).toEqual(['instrument:acme-vision']);
  });

  it.each([
    // The name read as a place elsewhere in the document keeps that reading.
    ['Cook County', [place('Cook County')], undefined],
    ['Acme Widgets', [], 'organization:acme-widgets'],
  ])('%s', (name, earlier, expected) => {
    const first = sentence(0, 0, `From ${name}, Illinois, to Texas.`);
    const second = sentence(1, 100, `In July 2022, ${name} announced new funds.`);
    const hits = new Map<number, EntityHit[]>([[0, earlier]]);
    placeAnnouncingBodies([first, second], hits);
    expect(hits.get(1)?.[0]?.entityId).toBe(expected);
  });
});
