/**
 * The gender a name says comes from its given name: the last word for officials of a country whose
 * officials are written family name first (data/rules/name-order.json), either end where the
 * releases write both orders; and a "her trip" / "his visit" subject passes over a traveller of
 * the other gender as a "she" or "he" does (ingest/commitments/tripSubject.ts).
 */
import { describe, expect, it } from 'vitest';
import { documentGenders, nameGender } from '../../../ingest/personGender';
import { givenNamePlace } from '../../../ingest/rules/nameOrder';
import { extractText } from '../../support/extractText';

describe('where a country’s officials write the given name', () => {
  it.each([
    ['country:kor', 'last'],
    ['country:chn', 'last'],
    ['country:vnm', 'last'],
    ['country:jpn', 'either'],
    ['country:hun', 'either'],
    ['country:usa', 'first'],
    [undefined, 'first'],
  ])('%s → %s', (country, place) => {
    expect(givenNamePlace(country)).toBe(place);
  });
});

describe('the gender a name says, by where its given name stands', () => {
  it.each([
    // A family name English lists hold as a given name is not the person's.
    ['Lee Jae-myung', 'last', undefined],
    ['Han Duck-soo', 'last', undefined],
    ['Nguyen Phu Trong', 'last', undefined],
    ['Cho Hyun', 'last', 'male'],
    // A first word of the other gender: the order is not the country's (a mistaken country).
    ['Julie Turner', 'last', undefined],
    ['Akiba Takeo', 'either', 'male'],
    ['Yoko Kamikawa', 'either', 'female'],
    ['Viktor Orbán', 'either', 'male'],
    ['Lee Jae-myung', 'first', 'male'],
  ] as const)('%s (%s) → %s', (name, place, gender) => {
    expect(nameGender(name, place)).toBe(gender);
  });
});

describe('a document’s genders', () => {
  it('reads the name of an official of a family-name-first country from its last word', () => {
    const genders = documentGenders(
      [
        { candidate: { entityId: 'official:han-duck-soo', text: 'Han Duck-soo' }, title: '' },
        { candidate: { entityId: 'official:akiba-takeo', text: 'Akiba Takeo' }, title: '' },
      ],
      ['official:lee-jae-myung'],
      (id) => ({ 'official:lee-jae-myung': 'Lee Jae-myung' })[id],
      (id) => (id === 'official:akiba-takeo' ? 'country:jpn' : 'country:kor'),
    );
    expect(Object.fromEntries(genders)).toEqual({ 'official:akiba-takeo': 'male' });
  });
});

function actorsOf(title: string, body: string, sentence: string): string[] {
  const result = extractText(title, body, 'trip-gender');
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return [...commitment!.actors].sort();
}

describe('a her or his trip subject', () => {
  const opening = 'Vice President Kamala Harris traveled to Tokyo today.';

  it('passes over the man named last for the woman travelling', () => {
    const last = 'Her trip reaffirms the commitment of the United States to the alliance.';
    const actors = actorsOf(
      'Readout of the Vice President’s Travel to Japan',
      `${opening} Ambassador Rahm Emanuel reaffirmed the commitment of the United States to peace. ${last}`,
      last,
    );
    expect(actors).toEqual(['official:kamala-harris']);
  });

  it('takes no woman for his trip', () => {
    const last = 'His trip reaffirms the commitment of the United States to the alliance.';
    const result = extractText(
      'Readout of the Vice President’s Travel to Japan',
      `${opening} She was welcomed by Ambassador Rahm Emanuel. ${last}`,
      'trip-gender',
    );
    const actors = result.commitments.filter((c) => c.text === last).flatMap((c) => c.actors);
    expect(actors).not.toContain('official:kamala-harris');
  });
});
