/**
 * Topic rules of session 23 (helper topics23): a phrase owned by a country's abbreviation or
 * after a weak word and the owner's name, a country's own cause after "in", and "global issues";
 * sentences written in the readout style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('a base form after "U.S." is the noun it owns (verbNouns.ts ownerAbbreviation)', () => {
  it.each([
    ['The President reaffirmed U.S. support for Israel.', 'support for Israel'],
    ['The President reiterated U.S. support for Moldova.', 'support for Moldova'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('a coordinated subject keeps its verb', () => {
    expect(topicsOf('They noted that Japan and the U.S. support efforts for peace.')).not.toContain(
      'support',
    );
  });
});

describe('weak words before an owner’s name leave what it owns (spans.ts cutAtNames)', () => {
  it.each([
    ['The President emphasized strong U.S. support for Jordan.', 'support for Jordan'],
    ['The President emphasized steadfast U.S. support for Israel.', 'support for Israel'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('owners coordinated before the thing are no owner of it alone', () => {
    expect(
      topicsOf('They agreed to mobilize the broader U.S. and global research community.'),
    ).not.toContain('global research community');
  });
});

describe('a country’s cause after "in" (countryHeads)', () => {
  it.each([
    ['The leaders discussed efforts to restore democracy in Venezuela.', 'democracy in Venezuela'],
    ['The President underscored his support for democracy in Tunisia.', 'democracy in Tunisia'],
    ['They agreed to promote democracy in the Indo-Pacific.', 'democracy'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('"global issues" is a topic (the gold expands "bilateral, regional, and global issues")', () => {
  it.each([
    ['The leaders discussed a wide range of global issues.', 'global issues'],
    ['The leaders discussed bilateral and global issues.', 'global issues'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});
