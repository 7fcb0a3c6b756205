/**
 * The general gazetteer (data/lexicon/places.json): a city or region no curated list knows is a
 * Region where the sentence uses it as a place, and nothing where it is a word of a longer name,
 * a list item no locative introduces, or a campus.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function regions(body: string) {
  const result = extractText('Readout of a Meeting', body, 'gazetteer');
  return result.entities.filter((e) => e.type === 'Region').map((e) => e.name);
}

describe('gazetteer places', () => {
  it.each([
    ['The ministers met in Aqaba to discuss regional security.', 'Aqaba'],
    ['The delegation traveled to San Diego on Tuesday.', 'San Diego'],
    ['In Gujarat, the partners will build a solar plant.', 'Gujarat'],
    ['The envoy will visit Lahore next week.', 'Lahore'],
    // After a place noun's "of" (gold 2024-08-26).
    ['From the deserts of Helmand to the mountains of Kunduz, they served.', 'Kunduz'],
    // A people's place (gold 2022-10-31).
    ['We join the people of Gujarat in mourning.', 'Gujarat'],
  ])('is a Region after a locative: %s', (body, place) => {
    expect(regions(body)).toContain(place);
  });

  it('is a Region before a lowercase place head, after a possessive too', () => {
    // Gold 2021-02-25, 2021-04-08: "Ethiopia’s Tigray region", "in the Tigray region".
    expect(regions('They discussed the crises in Ethiopia’s Tigray region.')).toContain('Tigray');
    expect(regions('They discussed the crisis in the Tigray region.')).toContain('Tigray');
    // A capitalised word before it and no place head: the tail of a longer name.
    expect(regions('They met the Ethiopian Tigray delegation.')).not.toContain('Tigray');
  });

  it('keeps the city a region locates and drops the region', () => {
    const found = regions('The bridge links Windsor, Ontario, and Detroit, Michigan.');
    expect(found).toEqual(expect.arrayContaining(['Windsor', 'Detroit']));
    expect(found).not.toContain('Ontario');
  });

  it('makes no city of a list item another city follows', () => {
    const found = regions(
      'Grants will fund transit in New York, Phoenix, Los Angeles, Indiana, and Chicago.',
    );
    // Phoenix too, now: an item of a list a known place opens is a place (placeLists.ts).
    expect(found).toEqual(expect.arrayContaining(['Los Angeles', 'Chicago', 'Phoenix']));
  });

  it.each([
    // Gold 2021-05-11, 2022-06-28: a list's item beside a place is a place.
    ['He condemned the rocket attacks against Jerusalem and Tel Aviv.', 'Tel Aviv'],
    ['The shared use of the bases in Rota and Morón is essential.', 'Morón'],
    ['She makes her home in Chicago and East Hampton.', 'East Hampton'],
  ])('is a Region coordinated with a place: %s', (body, place) => {
    expect(regions(body)).toContain(place);
  });

  it('makes no place of a name after a comma only', () => {
    // A bare comma lists or locates: "University of Nevada, Las Vegas" is one name.
    expect(regions('She holds a degree from the University of Nevada, Las Vegas.')).not.toContain(
      'Las Vegas',
    );
  });

  it('is no place inside a longer name', () => {
    const found = regions(
      'The parties discussed the Windsor Framework. She studied at Syracuse University.',
    );
    expect(found).not.toContain('Windsor');
    expect(found).not.toContain('Syracuse');
  });

  it('is no place in a slashed compound', () => {
    // Gold 2023-07-17: "in the Aqaba/Sharm format" names a format, no city.
    expect(regions('The partners will meet in Aqaba/Sharm format talks.')).not.toContain('Aqaba');
  });

  it('is no place in a campus name', () => {
    expect(regions('He graduated from the University of Texas at El Paso.')).not.toContain(
      'El Paso',
    );
  });

  it('makes no place of a building a gazetteer city follows', () => {
    const found = regions('She served as pastor of Grace Baptist Church, Wilmington, Delaware.');
    expect(found).toContain('Wilmington');
    expect(found).not.toContain('Grace Baptist Church');
  });

  it('makes no place of a name a listed city follows', () => {
    expect(regions('He taught film at NYU, Columbia, and Yale.')).not.toContain('NYU');
  });

  it('names the place as the statement spells it', () => {
    expect(regions('She is a native of Saint Louis, Missouri.')).toContain('Saint Louis');
  });
});
