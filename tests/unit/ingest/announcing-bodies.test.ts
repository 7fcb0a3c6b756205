import { describe, expect, it } from 'vitest';
import { announcingName } from '../../../ingest/entities/announcingBodies';

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
];

describe('announcingName', () => {
  it.each(CASES)('%s', (sentence, name) => {
    const at = announcingName(sentence);
    expect(at && sentence.slice(at.start, at.end)).toBe(name);
  });
});
