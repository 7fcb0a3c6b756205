/**
 * Session 24 (names24c): title heads the releases write before a person's name that the title
 * list lacked: 'Head' ("Head of Cabinet", "Head of Presidential Office"), 'CEO' (an event's or a
 * company's chief executive, an Official with no state) and the release typo 'Minster' (for
 * 'Minister'); a remit title whose name follows a comma ('Special Envoy for
 * Central America, Name.'). Sentences written in the genres' style, not copied from a gold file.
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
    [
      'The delegation included Foreign Secretary Ana Ruiz, and Special Envoy for Central America, Pablo Medina.',
      'Pablo Medina',
    ],
  ])('%s', (body, name) => {
    expect(officialsOf(body)).toContain(name);
  });

  it.each([
    'The team will head to Geneva next week.',
    'They visited the old York Minster during the trip.',
    'The Minister for Economic Affairs, Energy Transition and Industry will attend.',
  ])('names no one: %s', (body) => {
    expect(officialsOf(body)).toEqual([]);
  });
});
