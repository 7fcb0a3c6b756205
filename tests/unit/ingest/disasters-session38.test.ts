/**
 * Session 38 (ne38): a natural disaster or accident the text reports is a dated Event named by its
 * kind, place and month (gold conventions 3.6); the mention keeps the text's rating words as an
 * alias, a general mention without a place stays no Event. Sentences written in the releases'
 * condolence style, places and dates invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(title: string, body: string, date: string): { name: string; aliases: string[] }[] {
  return extract({ ...memoryDocument(title, body), date })
    .entities.filter((entity) => entity.type === 'Event')
    .map(({ name, aliases }) => ({ name, aliases }));
}

describe('disasters a statement reports', () => {
  it.each([
    [
      'the place after "in"',
      'Statement on Peru',
      'I am saddened by the devastating earthquake in Peru.',
      'earthquake in Peru (March 2025)',
    ],
    [
      'the country after a town',
      'Statement on Chile',
      'We mourn those lost in the deadly landslide that occurred in Valparaíso, Chile.',
      'landslide in Chile (March 2025)',
    ],
    [
      'a place in a relative clause',
      'Statement on Nepal',
      'Jill and I are saddened by the floods that have claimed many lives in Nepal.',
      'floods in Nepal (March 2025)',
    ],
    [
      'a two-word kind',
      'Statement on Kenya',
      'Our thoughts are with the families of those killed in the tragic train crash in Kenya.',
      'train crash in Kenya (March 2025)',
    ],
    [
      'the title place of a tragedy',
      'Statement on Tragedy in Assam, India',
      'We send our condolences to the families who lost loved ones during the bridge collapse.',
      'bridge collapse in Assam (March 2025)',
    ],
  ])('%s', (_, title, body, name) => {
    expect(events(title, body, '2025-03-04').map((event) => event.name)).toContain(name);
  });

  it('keeps the rating words in the mention, not in the name', () => {
    const found = events(
      'Statement',
      'We grieve with Peru after the devastating earthquake in Peru.',
      '2025-03-04',
    );
    expect(found).toContainEqual({
      name: 'earthquake in Peru (March 2025)',
      aliases: ['devastating earthquake'],
    });
  });

  it('names a later mention without its place as the first', () => {
    const body =
      'We mourn the victims of the earthquakes in Peru. Our teams will help those displaced by the earthquake.';
    expect(events('Statement', body, '2025-03-04')).toEqual([
      { name: 'earthquakes in Peru (March 2025)', aliases: ['earthquakes', 'earthquake'] },
    ]);
  });

  it.each([
    ['a general kind', 'The leaders discussed resilience to floods and droughts in the Pacific.'],
    ['a kind as a modifier', 'They reviewed the flood risk in Fiji.'],
    ['a definite kind with no place', 'The earthquake reminded us of our shared resolve.'],
  ])('names no event for %s', (_, body) => {
    expect(events('Joint Statement', body, '2025-03-04')).toEqual([]);
  });
});
