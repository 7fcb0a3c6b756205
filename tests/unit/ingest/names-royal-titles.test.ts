/**
 * Royal, religious and incoming heads as titles (data/rules/titles.json): "Crown Prince Mohammed
 * bin Salman", "Amir Tamim bin Hamad Al Thani", "Pope Francis", "Taoiseach Micheál Martin",
 * "Speaker Pelosi", "President-elect Isaac Herzog", "Indo-Pacific Coordinator Kurt Campbell". About 300 archive statements name someone so
 * (session 16), and no other title found them. Table-driven: body → officials that must be found,
 * names (of any type but Topic) that must not be.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [body: string, expected: string[], absent?: string[]];

const ROWS: Row[] = [
  [
    'President Biden and Crown Prince Mohammed bin Salman held an official meeting in Jeddah.',
    ['Mohammed bin Salman'],
  ],
  [
    'President Biden met today with Amir Tamim bin Hamad Al Thani of Qatar.',
    ['Tamim bin Hamad Al Thani'],
  ],
  [
    'President Biden spoke today with Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah of Kuwait.',
    ['Nawaf Al-Ahmad Al-Jaber Al-Sabah'],
  ],
  // A listed leader takes the lexicon's full name (officials.json, the gold's 2023-11-10 name).
  [
    'We are grateful for the leadership of Sultan Haitham bin Tariq.',
    ['Haitham bin Tariq Al Said'],
  ],
  // A bare apostrophe after an -s ends the name like "’s"; the listed Pope takes the gold's name
  // (officials.json, gold 2021-10-14).
  ['Pope Francis’ visit was a historic first for the country.', ['Pope Francis'], ['Francis’']],
  [
    'Vice President Harris spoke today with Taoiseach Micheál Martin of Ireland.',
    ['Micheál Martin'],
  ],
  ['I will work with Speaker Pelosi on the path forward after Senate action.', ['Pelosi']],
  [
    'The delegation will attend the inauguration of President-elect Guillermo Lasso Mendoza on May 24.',
    ['Guillermo Lasso Mendoza'],
  ],
  // An Arabic article joined by a hyphen is part of the name (77 archive statements).
  [
    'The President met with Mohammed Shia al-Sudani, Prime Minister of Iraq.',
    ['Mohammed Shia al-Sudani'],
    ['Mohammed Shia'],
  ],
  ['President Biden spoke with President Abdel Fattah el-Sisi of Egypt.', ['Abdel Fattah el-Sisi']],
  // Legislative and opposition leaders (126 archive statements); an award or a letter is no one.
  [
    'Majority Leader Chuck Schumer and Opposition Leader Svyatlana Tsikhanouskaya met the President.',
    ['Chuck Schumer', 'Svyatlana Tsikhanouskaya'],
  ],
  [
    'She received the 2015 Emerging Leader Award. The Tribal Leader Letter was sent.',
    [],
    ['Award', 'Letter'],
  ],
  // Every cabinet department completes a title (325 archive statements); a remit is no name.
  [
    'Secretary of Transportation Pete Buttigieg and Secretary of the Interior Deb Haaland spoke.',
    ['Pete Buttigieg', 'Deb Haaland'],
  ],
  [
    'Secretary of Health and Human Services Xavier Becerra met Minister of Economy, Trade and Industry Nishimura Yasutoshi.',
    ['Xavier Becerra', 'Nishimura Yasutoshi'],
  ],
  ['She was Acting Assistant Secretary for Transportation Policy.', [], ['Policy']],
  // A coordinator with a remit or a program before the title (82 archive statements).
  ['Indo-Pacific Coordinator Kurt Campbell traveled to Tokyo.', ['Kurt Campbell']],
  ['NSC Coordinator for Strategic Communications John Kirby briefed reporters.', ['John Kirby']],
  [
    'The National Coordinator for Health Information Technology issued guidance.',
    [],
    ['Information Technology'],
  ],
  [
    'Nkengasong, to be Ambassador at Large, Coordinator of United States Government Activities to Combat HIV/AIDS Globally.',
    [],
    ['Government Activities', 'Large'],
  ],
  // "Speaker Pro Tempore" is an office, not a person named Pro Tempore.
  [
    'Mr. Perry is currently the Assistant Speaker Pro Tempore of the State Assembly.',
    [],
    ['Pro Tempore'],
  ],
];

function names(body: string): string[] {
  const extraction = extractText('Statement', body, 'names-royal-titles');
  return extraction.entities
    .filter((entity) => entity.type !== 'Topic')
    .map((entity) => entity.name);
}

function officials(body: string): string[] {
  const extraction = extractText('Statement', body, 'names-royal-titles');
  return extraction.entities
    .filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('royal, religious and incoming heads as titles', () => {
  for (const [body, expected, absent = []] of ROWS) {
    it(body, () => {
      const found = officials(body);
      for (const name of expected) expect(found).toContain(name);
      const all = names(body);
      for (const name of absent) expect(all).not.toContain(name);
    });
  }
});
