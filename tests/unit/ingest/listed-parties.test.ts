/**
 * Parties named in lists: a body listed among the speaking countries ("Estonia, European Union,
 * France"), the countries of counterparts met ("with his counterparts from Estonia, Latvia, and
 * Lithuania"), and the delegation's own side of "the two sides" in its travel readout.
 */
import { describe, expect, it } from 'vitest';
import { sentenceActors as actorsOf } from '../../support/sentenceActors';

describe('parties named in lists', () => {
  it('a body listed among the opening countries speaks with them', () => {
    const last = 'We will share information on cyber threats with one another.';
    const actors = actorsOf(
      'Joint Statement of the Ministers of the Cyber Resilience Meeting',
      `Having met in Vienna to discuss cyber threats, the ministers of Austria, Chile, European Union, Finland, and Japan recognize the need for common action. ${last}`,
      last,
    );
    expect(actors).toContain('European Union');
    expect(actors).toContain('Finland');
  });

  it('a body the opening names outside the list is not a party', () => {
    const last = 'We will share information on cyber threats with one another.';
    const actors = actorsOf(
      'Joint Statement of the Ministers of the Cyber Resilience Meeting',
      `Having met in Vienna to discuss cyber threats, the ministers of Austria, Chile, Finland, and Japan thank the European Union for its support. ${last}`,
      last,
    );
    expect(actors).not.toContain('European Union');
  });

  it('counterparts from listed countries took part', () => {
    const last = 'They discussed preparations for the upcoming summit.';
    const actors = actorsOf(
      'Readout of National Security Advisor Jake Sullivan’s Meeting with Nordic Security Advisors',
      `National Security Advisor Jake Sullivan met today with his counterparts from Denmark, Finland, and Norway. ${last}`,
      last,
    );
    expect(actors).toEqual(['Denmark', 'Finland', 'Jake Sullivan', 'Norway']);
  });

  it('the two sides of a delegation’s travel readout include the delegation’s country', () => {
    const last = 'The two sides agreed to meet again before the end of the year.';
    const actors = actorsOf(
      'Readout of Senior Administration Travel to Tonga',
      `On May 2, a high-level U.S. delegation visited Nuku’alofa, Tonga. The delegation met with senior officials of Tonga. ${last}`,
      last,
    );
    expect(actors).toEqual(['Tonga', 'United States']);
  });

  it.each([
    // The title names five sides, the opening's "we" nine: all nine sign (gold 2024-03-08).
    {
      title:
        'Joint Statement from the European Commission, the Republic of Cyprus, and the United States on a Maritime Corridor',
      opening:
        'That is why today, the European Commission, Germany, Greece, the Republic of Cyprus, and the United States announce our intent to open a corridor.',
      expected: ['Cyprus', 'European Commission', 'Germany', 'Greece', 'United States'],
    },
    // A list that is the object, or speaks of others, adds no side.
    {
      title: 'Joint Statement of the United States and Cyprus on a Maritime Corridor',
      opening:
        'The United States and Cyprus thank Germany, Greece, and Italy for their support of our plan.',
      expected: ['Cyprus', 'United States'],
    },
    {
      title: 'Joint Statement of the United States and Cyprus on a Maritime Corridor',
      opening: 'Germany, Greece, and Italy announced new aid, and we welcome it.',
      expected: ['Cyprus', 'United States'],
    },
  ])(
    'a joint statement’s listed "we" subject names its signatories: $opening',
    ({ title, opening, expected }) => {
      const last = 'We will continue to work together on this effort.';
      expect(actorsOf(title, `${opening} ${last}`, last).sort()).toEqual(expected);
    },
  );

  it('a joint readout by a country and the European Council has both as “the leaders”', () => {
    const last = 'The leaders discussed energy security.';
    const actors = actorsOf(
      'Joint Readout by the United States and the European Council',
      `Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States. ${last}`,
      last,
    );
    expect(actors.sort()).toEqual(['European Council', 'United States']);
  });
});
