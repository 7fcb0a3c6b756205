/**
 * Session 40 (events40): an attack or incident the text reports is a dated Event named by its kind
 * with the attacker and the place or target (gold conventions 3.6, s38 ruling): rating words out,
 * classifying words in, the day where the text gives or implies it, the month for a recent one or
 * one the statement is about. Sentences written in the readouts' style, places and dates invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(body: string, date: string, title = 'Readout of a Call') {
  return extract({ ...memoryDocument(title, body), date })
    .entities.filter((entity) => entity.type === 'Event')
    .map((entity) => entity.name);
}

describe('attacks and incidents a statement reports', () => {
  it.each([
    [
      'the day before, from "yesterday’s"',
      'The President expressed appreciation for Israel’s condolences for yesterday’s attack in Kabul that killed U.S. service members.',
      '2021-08-27',
      'attack in Kabul (August 26, 2021)',
    ],
    [
      'the statement’s day, from "earlier today", rating words left out',
      'They also discussed the tragic and alarming incident earlier today in northern Gaza.',
      '2024-02-29',
      'incident in northern Gaza (February 29, 2024)',
    ],
    [
      'a weekday, the last one on or before the statement',
      'We condemn the heinous terror attack in Jerusalem on Friday.',
      '2023-01-28',
      'terrorist attack in Jerusalem (January 27, 2023)',
    ],
    [
      'a recent one, the statement’s month, its classifier kept',
      'Mr. Finer expressed condolences for the loss of life in the recent gang-led massacre in Port-au-Prince.',
      '2024-10-16',
      'gang-led massacre in Port-au-Prince (October 2024)',
    ],
    [
      'an attacker named by its possessive, the date the text gives',
      'The leaders condemned Iran’s unprecedented missile attack against Israel on April 13.',
      '2024-04-14',
      'Iran’s missile attack against Israel (April 13, 2024)',
    ],
  ])('%s', (_, body, date, name) => {
    expect(events(body, date)).toContain(name);
  });

  it('names a person attacked by the official’s name, in a statement on the attack', () => {
    const names = events(
      'I am alarmed to hear reports of an attack on Slovak Prime Minister Robert Fico.',
      '2024-05-15',
      'Statement from President Joe Biden on the Attempted Assassination of Slovakia Prime Minister Robert Fico',
    );
    expect(names).toContain('attack on Robert Fico (May 2024)');
    expect(names.some((name) => name.includes('Slovak'))).toBe(false);
  });

  it('leaves a date to the list item it follows', () => {
    const names = events(
      'They condemned heinous acts like the attacks in Mumbai and the bombing in Kandahar on August 26, 2021.',
      '2025-02-13',
    );
    expect(names).toEqual(['bombing in Kandahar (August 26, 2021)']);
  });

  it.each([
    ['the war, not one attack', 'We condemn Russia’s brutal attack on Ukraine.', '2023-02-24'],
    [
      'a whole state with no attacker',
      'We condemn the unprovoked attack on Ukraine.',
      '2023-02-24',
    ],
    ['an attack on no one named', 'An attack on one Ally is an attack on all.', '2024-04-04'],
    [
      'an undated plural',
      'We condemn the recent terrorist attacks in Israel and the West Bank.',
      '2023-03-01',
    ],
    [
      'an anniversary’s attack the text does not date',
      'We remember the victims of the bombing in Oklahoma City.',
      '2024-04-19',
    ],
  ])('no Event for %s', (_, body, date) => {
    expect(events(body, date)).toEqual([]);
  });
});
