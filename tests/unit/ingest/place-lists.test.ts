/**
 * A list a locative opens with a known place names places throughout ("in Jizan, Najran, and
 * Dhahran"), the towns no lexicon holds included; other lists are left alone.
 */
import { describe, expect, it } from 'vitest';
import { extractText, extractTextByRules } from '../../support/extractText';

type Extractor = typeof extractText;

function places(body: string, run: Extractor = extractText) {
  const result = run('Readout of a Meeting', body, 'place-lists');
  return result.entities.filter((e) => e.type === 'Region').map((e) => e.name);
}

describe('the places of a list a known place opens', () => {
  it.each([
    [
      'They condemned the attacks against civil facilities in Jizan, Najran, and Dhahran.',
      ['Jizan', 'Najran', 'Dhahran'],
    ],
    [
      'He will hold engagements in Dublin, County Louth, and County Mayo, where he will speak.',
      ['Dublin', 'County Louth', 'County Mayo'],
    ],
    [
      'The ministers met in Honolulu, Palm Springs, Detroit, and Seattle.',
      ['Honolulu', 'Palm Springs', 'Detroit', 'Seattle'],
    ],
  ])('%s', (body, expected) => {
    expect(places(body)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // The last item runs on into a longer name.
    ['The leaders met at Aqaba, Jordan and Sharm el-Sheikh last year.', 'Sharm'],
    // No known place opens the list.
    ['She studied in Latin American, Caribbean, and Iberian Studies.', 'Iberian Studies'],
    ['The massacres at Camp Speicher, Mount Sinjar, and Hit shocked the world.', 'Mount Sinjar'],
    // Two items are the gazetteer's coordination, not this list.
    ['They met in Dublin and Galway Bay today.', 'Galway Bay'],
    // A known body among the items makes it a list of anything.
    ['Officials met in Brussels, NATO, and Kleine Brogel.', 'Kleine Brogel'],
  ])('leaves "%s" alone', (body, absent) => {
    // The rule alone: the learnt name finder may still add a place the gold declares ("Mount
    // Sinjar", a Region in gold 2024-04-15: name-finder.test.ts).
    expect(places(body, extractTextByRules)).not.toContain(absent);
  });
});
