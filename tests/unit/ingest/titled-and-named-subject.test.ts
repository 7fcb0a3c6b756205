/**
 * "The President and Prime Minister Bennett shared …": an official named by title alone, opening
 * the subject before "and" and a named official, acts with the named one (gold 17 of 17 such
 * commitments; only the named official was read before). A title after a fronted phrase's comma
 * still opens the subject; one inside an object ("discussed with the President and Prime Minister
 * Bennett") does not.
 */
import { describe, expect, it } from 'vitest';
import { sentenceActors as actorsOf } from '../../support/sentenceActors';

const TITLE = 'Readout of President Biden’s Meeting with Prime Minister Bennett of Israel';
const OPENING =
  'President Joseph R. Biden, Jr. met today with Prime Minister Naftali Bennett of Israel at the White House.';

describe('a title alone coordinated before a named official', () => {
  it.each([
    'The President and Prime Minister Bennett shared their perspectives on the challenges.',
    'The President and Prime Minister Naftali Bennett also exchanged views on efforts to advance peace.',
    'Today, the President and Prime Minister Bennett committed to deepen cooperation on technology.',
  ])('makes both officials the actors of "%s"', (sentence) => {
    expect(actorsOf(TITLE, `${OPENING} ${sentence}`, sentence)).toEqual([
      'Joe Biden',
      'Naftali Bennett',
    ]);
  });

  it('leaves a named official alone when no title opens the subject before him', () => {
    const sentence = 'Prime Minister Bennett reaffirmed his commitment to the partnership.';
    expect(actorsOf(TITLE, `${OPENING} ${sentence}`, sentence)).toEqual(['Naftali Bennett']);
  });
});
