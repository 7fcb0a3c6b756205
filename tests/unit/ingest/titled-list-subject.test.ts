/**
 * Coordinated officials whose titles carry a complement ("Secretary of Defense Austin", "the
 * Secretary of the Russian Security Council Nikolay Patrushev", "Minister of Trade and Industry
 * Jan Christian Vestre") all act; before, the complement hid the list's joiner and only the last
 * official was read (commitments/titleComplement.ts; gold 9 commitments in 8 files). Also the
 * country's formal style after an official ("President Petro of the Republic of Colombia") and
 * a serial list opening on a title alone ("The Vice President, President Marcos, and …").
 */
import { describe, expect, it } from 'vitest';
import { withoutComplementedTitle } from '../../../ingest/commitments/titleComplement';
import { sentenceActors as actorsOf } from '../../support/sentenceActors';

const TITLE = 'Readout of National Security Advisor Jake Sullivan’s Meeting on Trade';

describe('a coordinated subject of officials with complemented titles', () => {
  it.each([
    [
      'National Security Advisor Jake Sullivan and the Secretary of the Russian Security Council Nikolay Patrushev held consultations on strategic stability.',
      ['Jake Sullivan', 'Nikolay Patrushev'],
    ],
    [
      'Secretary of State Antony Blinken, Secretary of Defense Lloyd Austin, and National Security Advisor Jake Sullivan reiterated the United States’ commitment to the alliance.',
      ['Antony Blinken', 'Jake Sullivan', 'Lloyd Austin'],
    ],
    [
      'National Security Advisor Jake Sullivan and Norwegian Minister of Trade and Industry Jan Christian Vestre signaled their intent to move forward with the agreement.',
      ['Jake Sullivan', 'Jan Christian Vestre'],
    ],
    [
      'President Joseph R. Biden, Jr. of the United States and President Gustavo Petro Urrego of the Republic of Colombia met today to advance bilateral cooperation.',
      ['Gustavo Petro Urrego', 'Joe Biden'],
    ],
  ])('makes every official the actor of "%s"', (sentence, actors) => {
    expect(actorsOf(TITLE, sentence, sentence)).toEqual(actors);
  });

  it('keeps a met official out of the subject', () => {
    const sentence =
      'National Security Advisor Jake Sullivan met with Secretary of Foreign Affairs Alicia Bárcena and reaffirmed the U.S. commitment to the partnership.';
    expect(actorsOf(TITLE, sentence, sentence)).toEqual(['Jake Sullivan']);
  });
});

describe('withoutComplementedTitle', () => {
  it.each([
    ['Jake Sullivan and the Secretary of the Russian Security Council ', 'Jake Sullivan and the '],
    ['Blinken, Secretary of Defense ', 'Blinken, '],
    ['Singh and Norwegian Minister of Trade and Industry ', 'Singh and '],
    [
      'Gonzalez and Department of State Acting Assistant Secretary for Western Hemisphere Affairs ',
      'Gonzalez and ',
    ],
    [
      'Sullivan, and Director of the National Security Office of the Republic of Korea (ROK) ',
      'Sullivan, and ',
    ],
  ])('strips the title of "%s"', (text, bare) => {
    expect(withoutComplementedTitle(text)).toBe(bare);
  });

  it.each([
    'Sullivan met with the leaders of ',
    'the support of the United States for ',
    'Sullivan and the Minister discussed the future of ',
  ])('leaves "%s" alone (no title heads the complement)', (text) => {
    expect(withoutComplementedTitle(text)).toBeUndefined();
  });
});

describe('a serial list opening on a title alone', () => {
  it('makes the titled official an actor with the named ones', () => {
    const title =
      'Readout of Vice President Harris’s Trilateral Meeting with President Marcos and Prime Minister Kishida';
    const opening =
      'Vice President Kamala Harris met today with President Ferdinand Marcos, Jr. of the Philippines and Prime Minister Kishida Fumio of Japan.';
    const sentence =
      'The Vice President, President Marcos, and Prime Minister Kishida also reaffirmed the strength of trilateral economic cooperation.';
    expect(actorsOf(title, `${opening} ${sentence}`, sentence)).toEqual([
      'Ferdinand Marcos, Jr.',
      'Kamala Harris',
      'Kishida Fumio',
    ]);
  });
});
