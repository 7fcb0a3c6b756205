/**
 * Session 15 (recne): named-entity recall and the "… Day" observances. Sentences written in the
 * archive's style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const named = (body: string, type: string) =>
  extractText('Statement', body, 't')
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('a name ending in "Day"', () => {
  it.each([
    ['On Earth Day, we recommit to protecting the planet for our children.', 'Earth Day'],
    ['This visit coincides with World AIDS Day, a reminder of what we built.', 'World AIDS Day'],
    [
      'The partners will hold the first-ever Quad Cybersecurity Day in the spring.',
      'Quad Cybersecurity Day',
    ],
    ['We send our best wishes to all mothers on this Mother’s Day.', 'Mother’s Day'],
  ])('is an observance where something shows one: %s', (body, name) => {
    expect(named(body, 'Event')).toContain(name);
  });

  it.each([
    ['Mr. Luger has been a partner at the law firm Jones Day since 2017.'],
    [
      'Anne Smith, of Maryland, to be an Assistant Administrator of the Agency, vice Ramsey Coats Day.',
    ],
  ])('is no event without one (a firm, a person): %s', (body) => {
    expect(named(body, 'Event').filter((name) => name.endsWith('Day'))).toEqual([]);
  });
});

describe('a decade closing a name’s complement', () => {
  it('stays in the name', () => {
    expect(
      named(
        'The leaders welcomed operationalizing the Working Group on Enhancing Climate Action in the 2020s to accelerate action.',
        'Program',
      ),
    ).toContain('Working Group on Enhancing Climate Action in the 2020s');
  });
});

describe('two countries joined by a hyphen before a lowercase "alliance"', () => {
  it.each([
    [
      'We strengthened the U.S.-Philippines alliance by signing new agreements, and the U.S.-Japan alliance is stronger than ever.',
      ['U.S.-Philippines Alliance', 'U.S.-Japan Alliance'],
    ],
    [
      'He stressed his commitment to strengthening the United States-ROK alliance, the linchpin of peace.',
      ['U.S.-ROK Alliance'],
    ],
  ])('name their alliance, whatever the document’s parties: %s', (body, names) => {
    expect(named(body, 'Organization')).toEqual(expect.arrayContaining(names));
  });

  it('keeps the countries declared', () => {
    expect(
      named('They reaffirmed the United States-ROK alliance, the linchpin of peace.', 'Country'),
    ).toEqual(expect.arrayContaining(['United States', 'Republic of Korea']));
  });
});

describe('a known event inside a longer name', () => {
  it('is declared, nested', () => {
    const found = extractText(
      'Statement',
      'Our Nation will always remember the words engraved at the Korean War Veterans Memorial.',
      't',
    ).entities;
    expect(found.map((e) => `${e.type}:${e.name}`)).toContain('Event:Korean War');
  });
});

describe('a titled person before "to" and a name', () => {
  it('is the object, the name after "to" its destination', () => {
    expect(
      named(
        'The President looks forward to welcoming Prime Minister Starmer to the Washington Summit next week.',
        'Event',
      ),
    ).toContain('Washington Summit');
  });
});

describe('a capital of the countries list', () => {
  it('is a place', () => {
    expect(
      named('The ministers will meet in Libreville next month and in Doha in June.', 'Region'),
    ).toEqual(expect.arrayContaining(['Libreville', 'Doha']));
  });

  it('is none when a given name or the data says otherwise', () => {
    const regions = named(
      'Victoria Smith studied at Georgetown before she moved to Kabul.',
      'Region',
    );
    expect(regions).toContain('Kabul');
    expect(regions).not.toContain('Victoria');
    expect(regions).not.toContain('Georgetown');
  });
});

describe('well-known bodies named by acronym alone', () => {
  it('are the lexicon’s organizations', () => {
    expect(
      named(
        'ECOWAS and CARICOM leaders met, and USTDA and FEMA will support the recovery.',
        'Organization',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Economic Community of West African States',
        'Caribbean Community',
        'U.S. Trade and Development Agency',
        'Federal Emergency Management Agency',
      ]),
    );
  });
});

describe('cities the releases name beyond the capitals', () => {
  it('are places, "Washington, DC" written without dots too', () => {
    expect(
      named(
        'The leaders will meet in San Francisco in November and later in Washington, DC.',
        'Region',
      ),
    ).toEqual(expect.arrayContaining(['San Francisco', 'Washington']));
  });

  it('and seas and deserts without a head noun the lexicon types', () => {
    expect(
      named(
        'Fishing fleets in the Bering Sea and migrants crossing the Sahara face risks.',
        'Region',
      ),
    ).toEqual(expect.arrayContaining(['Bering Sea', 'Sahara']));
  });
});

describe('companies the releases name often', () => {
  it('are Organizations', () => {
    expect(
      named(
        'In India, USAID teamed up with Qualcomm to introduce Open RAN technology, and Microsoft will invest in training.',
        'Organization',
      ),
    ).toEqual(expect.arrayContaining(['Qualcomm', 'Microsoft']));
  });
});
