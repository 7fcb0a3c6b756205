/**
 * Session 48 (names48): a national office written with the country's possessive and no personal
 * name ("Indonesia’s Minister for Foreign Affairs") is an official named by that office, as "the
 * Indonesian Minister for Foreign Affairs" is. Sentences written in the archive's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const officials = (body: string) =>
  extractText('Joint Statement', body, 't')
    .entities.filter((e) => e.type === 'Official')
    .map((e) => ({ name: e.name, country: e.attributes?.country, aliases: e.aliases }));

describe('a possessive country before an unnamed office', () => {
  it.each([
    [
      'The leaders will convene a dialogue between Kenya’s Minister of Foreign Affairs and the U.S. Secretary of State.',
      'Kenyan Minister of Foreign Affairs',
      'Kenya',
      'Kenya’s Minister of Foreign Affairs',
    ],
    [
      'A task force chaired by Japan’s Minister of Finance to work across the economy was launched.',
      'Japanese Minister of Finance',
      'Japan',
      'Japan’s Minister of Finance',
    ],
    [
      'The task force will be chaired by Canada’s Deputy Prime Minister.',
      'Canadian Deputy Prime Minister',
      'Canada',
      'Canada’s Deputy Prime Minister',
    ],
  ])('names the office by its demonym: %s', (body, name, country, alias) => {
    expect(officials(body)).toEqual(
      expect.arrayContaining([{ name, country, aliases: expect.arrayContaining([alias]) }]),
    );
  });

  it.each([
    [
      'Mexico’s Secretary of Security Rosa Icela Rodríguez met the delegation.',
      'Rosa Icela Rodríguez',
    ],
    ['Canada’s Deputy Prime Minister Chrystia Freeland opened the meeting.', 'Chrystia Freeland'],
  ])('leaves a titled person to the title patterns: %s', (body, person) => {
    const names = officials(body).map((o) => o.name);
    expect(names).toEqual([person]);
  });

  it('keeps a remit after "to" out: the office is then not one of the patterns', () => {
    const names = officials('He met Japan’s Ambassador to the United Nations.').map((o) => o.name);
    expect(names).not.toContain('Japanese Ambassador');
  });

  it('reads no office inside another official’s title ("Advisor to the …")', () => {
    const names = officials(
      'He will meet Luca Bianchi, Diplomatic Advisor to the Italian Prime Minister to continue talks.',
    ).map((o) => o.name);
    expect(names).not.toContain('Italian Prime Minister');
  });

  it('reads no office after a possessive that is no country', () => {
    const names = officials('The Council’s Secretary General will report in June.').map(
      (o) => o.name,
    );
    expect(names.some((n) => n.includes('Council’s'))).toBe(false);
  });
});
