/**
 * The owner of a stance noun on the speakers' side is who holds the stance, not what it is about
 * (CONVENTIONS 3.2: a principal the speaker reports is in no `about`; data/rules/speakers.json
 * `ownStanceNouns`). Another party's clause running into an idiom keeps its country.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const TITLE = 'Readout of National Security Advisor Jake Sullivan’s Meeting with Officials';

function aboutOf(sentence: string, trigger: RegExp): readonly string[] {
  const result = extractText(TITLE, sentence, 'own-stance-nouns');
  const commitment = result.commitments.find((c) => trigger.test(c.trigger));
  if (!commitment) throw new Error(`no commitment for ${trigger} in: ${sentence}`);
  return commitment.about;
}

describe('an own office or country owning a stance noun', () => {
  it.each([
    [
      'a view (not on the old list)',
      'National Security Advisor Jake Sullivan reiterated the Biden-Harris Administration’s view that Edmundo González Urrutia won the most votes in the election.',
      /reiterated/,
      'organization:biden-harris-administration',
    ],
    [
      'a vision',
      'National Security Advisor Jake Sullivan discussed the Biden-Harris Administration’s vision for a free and open Indo-Pacific.',
      /discussed/,
      'organization:biden-harris-administration',
    ],
    [
      'an office name with its own possessive',
      'National Security Advisor Jake Sullivan expressed the U.S. Government’s support for President-elect Arévalo of Guatemala.',
      /expressed/,
      'country:usa',
    ],
  ])('leaves the owner out of about: %s', (_case, sentence, trigger, owner) => {
    expect(aboutOf(sentence, trigger)).not.toContain(owner);
  });

  it('keeps a country whose own clause runs into "with respect to"', () => {
    const about = aboutOf(
      'The leaders emphasized their countries’ support for the Global Methane Pledge, which Egypt has joined with respect to the oil and gas sector.',
      /support/,
    );
    expect(about).toContain('country:egy');
  });
});
