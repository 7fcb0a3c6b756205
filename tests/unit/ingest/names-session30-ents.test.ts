/**
 * Session 30 (ents30): a holder set off by a comma after "Title of Country", a family name written
 * without its joined Arabic article, incidents named by their place, regional governments, and
 * coordinated possessive owners. Sentences written in the genre's style, not copied from a gold
 * file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const entities = (body: string) =>
  extractText('Joint Statement', body, 't').entities.filter((e) => e.type !== 'Topic');
const named = (body: string, type: string) =>
  entities(body)
    .filter((e) => e.type === type)
    .map((e) => e.name);

describe('a holder set off by a comma after "Title of Country"', () => {
  it.each([
    [
      'The President of the United States, Joe Biden, and the Prime Minister of the Republic of Iraq, Yusuf Hadi Al-Marzouki, met in Washington.',
      'Yusuf Hadi Al-Marzouki',
    ],
    [
      'The talks were opened by the Minister of Foreign Affairs of Japan, Tanaka Hiroshi; and the Secretary of State.',
      'Tanaka Hiroshi',
    ],
    ['The Prime Minister of India, Arjun Mehra Rao, and the President spoke.', 'Arjun Mehra Rao'],
  ])('%s', (body, name) => {
    expect(named(body, 'Official')).toContain(name);
  });

  it.each([
    // A list of countries after the title names no holder.
    'The Foreign Ministers of Japan, Korea, and Australia met in Tokyo.',
    // A titled person after the comma is that person, not a holder of the first title.
    'The President of Ukraine, Foreign Minister Taras Melnyk, spoke to the press.',
  ])('names no holder of the first title: %s', (body) => {
    const found = named(body, 'Official');
    expect(found).not.toContain('Korea');
    expect(found).not.toContain('Foreign Minister Taras Melnyk');
  });
});

describe('a family name without its joined Arabic article', () => {
  it('is the official named in full before', () => {
    const officials = entities(
      'President Biden met Prime Minister Yusuf Hadi Al-Marzouki of Iraq. President Biden and Prime Minister Marzouki discussed energy.',
    ).filter((e) => e.type === 'Official');
    const full = officials.find((e) => e.name === 'Yusuf Hadi Al-Marzouki');
    expect(full?.aliases).toContain('Marzouki');
    expect(officials.map((e) => e.name)).not.toContain('Marzouki');
  });
});

describe('an incident named by its place', () => {
  it.each([
    ['They honored the victims of the Camp Delta massacre.', 'Camp Delta massacre'],
    ['The leaders recalled the Lake Varna bombing of 2019.', 'Lake Varna bombing'],
  ])('%s', (body, name) => {
    expect(named(body, 'Event')).toContain(name);
  });

  it.each([
    ['They condemned the Russian Federation attacks on energy infrastructure.', 'Russia'],
    ['They condemned the Red Sea attacks on commercial shipping.', 'Red Sea'],
    ['Ongoing Houthi attacks threaten commercial shipping.', 'Houthis'],
  ])('a known name in the run stays itself: %s', (body, name) => {
    const found = entities(body);
    expect(found.map((e) => e.name)).toContain(name);
    expect(found.filter((e) => e.type === 'Event')).toEqual([]);
  });

  it('coordinated places name no one merged incident', () => {
    expect(named('The leaders recalled the Camp Delta and Lake Varna bombings.', 'Event')).toEqual(
      [],
    );
  });
});

describe('regional governments and coordinated owners', () => {
  it('a Regional Government is an Organization', () => {
    expect(
      named('The United States supports the Kurdistan Regional Government.', 'Organization'),
    ).toContain('Kurdistan Regional Government');
  });

  it('a headless "Government of X" before "and the" is no part of the next name', () => {
    const found = named(
      'The Government of Iraq and the Kurdistan Regional Government reached an agreement.',
      'Organization',
    );
    expect(found).toContain('Kurdistan Regional Government');
    expect(found.some((name) => name.includes(' and '))).toBe(false);
  });

  it('the "and" between two possessive owners is in neither name', () => {
    const found = named(
      'They welcomed the Prime Minister’s and National Energy Commission’s efforts.',
      'Organization',
    );
    expect(found).toContain('National Energy Commission');
    expect(found.some((name) => name.startsWith('and '))).toBe(false);
  });
});
