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
});
