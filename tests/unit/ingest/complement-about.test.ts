/**
 * A stance whose object is the next commitment of its sentence takes that commitment's `about`
 * (data/rules/complement-about.json): the speakers' own undertaking after "reiterated that we
 * will", "affirmed they would", a concern nominal right after a discussion verb, and a second
 * verb over the same object ("advance and support X"), and a purpose "to support X" of what is
 * given or done. A clause joined by ", and" with its own
 * object, a discussion with its own object, or a verb whose complement is "to support"
 * ("continues to support"), keeps only its own items.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function aboutOf(sentence: string, trigger: string): string[] {
  const result = extractText(
    'Readout of President Biden’s Meeting with President Widodo of Indonesia',
    sentence,
    'complement',
  );
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.trigger === trigger);
  expect(commitment, `no commitment "${trigger}" in: ${sentence}`).toBeDefined();
  return commitment!.about.map((id) => names.get(id) ?? id);
}

describe('complement about', () => {
  it.each([
    [
      'President Biden reiterated that we will continue high-level engagement with Indonesia on maritime security.',
      'reiterated',
      ['Indonesia', 'maritime security'],
    ],
    [
      'The two leaders affirmed they would review the mission of the Global Coalition in Iraq.',
      'affirmed',
      ['Iraq', 'Global Coalition'],
    ],
    [
      'The leaders also discussed their shared concerns about the vote-counting process in Venezuela.',
      'also discussed',
      ['Venezuela', 'vote-counting process in Venezuela'],
    ],
    [
      'We will continue to advance and support gender equality and the economic inclusion of women.',
      'will continue to advance',
      ['gender equality', 'economic inclusion of women'],
    ],
    [
      'The Department of Labor will announce an $80 million competition to support training in eligible infrastructure occupations.',
      'will announce',
      ['training', 'eligible infrastructure occupations'],
    ],
    [
      'The leaders committed to break new ground to support and sustain the overseas deployments of the U.S. and Indian militaries in the Indo-Pacific.',
      'committed to',
      ['Indo-Pacific'],
    ],
  ])('the outer stance takes its complement’s items: %s', (sentence, trigger, expected) => {
    expect(aboutOf(sentence, trigger)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [
      'President Biden reiterated his support for Japan, and we will continue to support Ukraine.',
      'reiterated his support',
      'Ukraine',
    ],
    [
      'The leaders discussed the economy and expressed their concerns about the situation in Venezuela.',
      'discussed',
      'Venezuela',
    ],
    [
      'The United States applauds states that have made progress and continues to support maritime security in Indonesia.',
      'applauds',
      'maritime security',
    ],
  ])('a clause of its own keeps its own items: %s', (sentence, trigger, absent) => {
    expect(aboutOf(sentence, trigger)).not.toContain(absent);
  });
});
