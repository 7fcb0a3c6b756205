/**
 * A "she" or "he" subject passes over a person the document shows to be of the other gender
 * (ingest/personGender.ts): by a title word ("Mrs.", "First Lady", "His Majesty") or a given name
 * (lexicon/given-name-genders.json). Evidence that disagrees, or none, leaves the pronoun as it was.
 */
import { describe, expect, it } from 'vitest';
import { documentGenders, nameGender, titleGender } from '../../../ingest/personGender';
import { extractText } from '../../support/extractText';

describe('the gender a title says', () => {
  it.each([
    ['Mrs.', 'female'],
    ['Ms.', 'female'],
    ['First Lady', 'female'],
    ['Her Majesty Queen', 'female'],
    ['Madam Vice President', 'female'],
    ['Mr.', 'male'],
    ['Second Gentleman', 'male'],
    ['His Majesty King', 'male'],
    ['Crown Prince', 'male'],
    ['President', undefined],
    ['Ambassador', undefined],
    ['', undefined],
  ])('%s → %s', (title, gender) => {
    expect(titleGender(title)).toBe(gender);
  });
});

describe('the gender a full name’s given name says', () => {
  it.each([
    ['Ken Salazar', 'male'],
    ['Jill Biden', 'female'],
    ['Kamala Harris', 'female'],
    ['Giorgia Meloni', 'female'],
    ['Joe Biden', 'male'],
    // A bare surname has no given name.
    ['Salazar', undefined],
    // Names of either gender across the lists say nothing ("Kim" in Spain, "Andrea" in Italy).
    ['Kim Jong Un', undefined],
    ['Andrea Orlando', undefined],
  ])('%s → %s', (name, gender) => {
    expect(nameGender(name)).toBe(gender);
  });
});

describe('a document’s genders', () => {
  const mention = (entityId: string, text: string, title: string) => ({
    candidate: { entityId, text },
    title,
  });

  it('takes titles, names and the lexicon’s name, and drops evidence that disagrees', () => {
    const genders = documentGenders(
      [
        mention('official:jill-biden', 'Jill Biden', 'First Lady'),
        mention('official:ken-salazar', 'Salazar', 'Ambassador'),
        mention('official:joe-biden', 'Joe Biden', 'President'),
        // "Mrs. Biden", read as the President's surname: the two disagree.
        mention('official:joe-biden', 'Biden', 'Mrs.'),
      ],
      ['official:kamala-harris', 'official:ken-salazar'],
      (id) =>
        ({ 'official:kamala-harris': 'Kamala Harris', 'official:ken-salazar': 'Ken Salazar' })[id],
    );
    expect(Object.fromEntries(genders)).toEqual({
      'official:jill-biden': 'female',
      'official:ken-salazar': 'male',
      'official:kamala-harris': 'female',
    });
  });
});

function actorsOf(title: string, body: string, sentence: string): string[] {
  const result = extractText(title, body, 'gendered');
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return [...commitment!.actors].sort();
}

describe('a she or he subject', () => {
  it('passes over a man named just before for the woman the sentence names by office', () => {
    // (gold 2024-10-03: the dinner sentence makes the ambassador a meeting official.)
    const last =
      'During the visit, the First Lady delivered remarks at a reception hosted by Ambassador Ken Salazar, where she highlighted the commitment of the United States to the partnership with Mexico.';
    const actors = actorsOf(
      'Readout of the First Lady’s Travel to Mexico',
      `First Lady Jill Biden traveled to Mexico City, Mexico for the inauguration of President Claudia Sheinbaum. ${last} The First Lady and Ambassador Salazar also attended a dinner hosted by President Sheinbaum.`,
      last,
    );
    expect(actors).toEqual(['official:jill-biden']);
  });

  it.each([
    ['She reaffirmed the strong support of Italy for Ukraine.', 'official:giorgia-meloni'],
    ['He reaffirmed the strong support of the United States for Ukraine.', 'official:joe-biden'],
  ])('in a readout of two leaders, takes the one of its gender: %s', (last, actor) => {
    const actors = actorsOf(
      'Readout of President Biden’s Call with Prime Minister Meloni of Italy',
      `President Joe Biden spoke today with Prime Minister Giorgia Meloni of Italy. ${last}`,
      last,
    );
    expect(actors).toEqual([actor]);
  });

  it('takes a person whose gender is unknown over one shown to be of the other gender', () => {
    const last = 'She reaffirmed the strong support of Japan for Ukraine.';
    const actors = actorsOf(
      'Readout of President Biden’s Call with Prime Minister Kishida of Japan',
      `President Joe Biden spoke with Prime Minister Kishida Fumio of Japan today. ${last}`,
      last,
    );
    expect(actors).toEqual(['official:kishida-fumio']);
  });

  it('keeps the usual person when the document does not show their gender', () => {
    const last = 'She reaffirmed the strong support of the United States for Ukraine.';
    const actors = actorsOf(
      'Readout of Ambassador Taylor’s Meeting',
      `Ambassador Sam Taylor met today with officials in Kyiv. ${last}`,
      last,
    );
    expect(actors).toContain('official:sam-taylor');
  });
});
