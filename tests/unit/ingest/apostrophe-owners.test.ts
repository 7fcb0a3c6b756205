/**
 * "the United States’ Inflation Reduction Act": an owner whose possessive is the apostrophe alone
 * after its final s (data/rules/names.json `apostropheOwners`) is no part of the name after it,
 * as "Kenya’s" is not; a plural people noun's possessive stays inside the name ("Quad Leaders’
 * Summit", "Experts’ Working Group"). Table-driven: sentence → the names found, owner and owned.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [sentence: string, expected: string[]][] = [
  [
    'Norway and Japan will support the United States’ Clean Harbors Investment Act.',
    ['Clean Harbors Investment Act', 'United States'],
  ],
  [
    'Norway and Japan will advance the United Nations’ 2030 Agenda for Sustainable Development.',
    ['2030 Agenda for Sustainable Development', 'United Nations'],
  ],
  [
    'Norway and Japan welcomed the Philippines’ National Coastal Resilience Strategy.',
    ['National Coastal Resilience Strategy', 'Philippines'],
  ],
  [
    'Norway and Japan look forward to the Arctic Leaders’ Summit in Tromsø.',
    ['Arctic Leaders’ Summit'],
  ],
  [
    'Norway and Japan will convene the Polar Experts’ Working Group this year.',
    // (a body the two convene takes their pair's name: data/rules/names.json bilateralBodies)
    ['Norway-Japan Polar Experts’ Working Group'],
  ],
];

function names(sentence: string): string[] {
  const extraction = extractText('Joint Statement on Cooperation', sentence, 'apostrophe-owners');
  return extraction.entities
    .filter((entity) => entity.type !== 'Topic' && !['Norway', 'Japan'].includes(entity.name))
    .filter((entity) => entity.type !== 'Region')
    .map((entity) => entity.name)
    .sort();
}

describe('an owner’s bare-apostrophe possessive is no part of the name', () => {
  it.each(ROWS)('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});
