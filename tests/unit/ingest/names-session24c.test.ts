/**
 * Session 24 (names24c): title heads the releases write before a person's name that the title
 * list lacked: 'Head' ("Head of Cabinet", "Head of Presidential Office"), 'CEO' (an event's or a
 * company's chief executive, an Official with no state) and the release typo 'Minster' (for
 * 'Minister'). Sentences written in the genres' style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const officialsOf = (body: string) =>
  extractText('Readout', body, 't')
    .entities.filter((e) => e.type === 'Official')
    .map((e) => e.name);

describe('title heads before a name', () => {
  it.each([
    [
      'The National Security Advisor spoke today with Head of Cabinet Lena Vogt of the European Commission.',
      'Lena Vogt',
    ],
    [
      'The delegation met Deputy Prime Minister Omar Haddad and Expo CEO Karim al Nasser in Doha.',
      'Karim al Nasser',
    ],
    [
      'The Israeli side was led by National Security Advisor Avi Levin and Minster for Regional Affairs Dan Meron.',
      'Dan Meron',
    ],
  ])('%s', (body, name) => {
    expect(officialsOf(body)).toContain(name);
  });

  it.each([
    'The team will head to Geneva next week.',
    'They visited the old York Minster during the trip.',
  ])('names no one: %s', (body) => {
    expect(officialsOf(body)).toEqual([]);
  });
});
