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
