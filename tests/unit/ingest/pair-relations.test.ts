/**
 * A relation of the statement's two parties written without their names
 * (ingest/topics/pairRelation.ts): "our close partnership", "the partnership between the two
 * countries" name the Topic "U.S.-X partnership", the United States first; a domain, a thesaurus
 * concept ("strategic partnership"), other partners, a frame noun's complement and a statement of
 * three parties name none.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function topics(title: string, body: string): string[] {
  const result = extractText(title, body, 'pairs');
  return result.entities.filter((entity) => entity.type === 'Topic').map((e) => e.name);
}

const TITLE = 'Joint Statement from Ghana and the United States';

describe('pair relations', () => {
  it.each([
    ['The two governments committed to deepen our close partnership.', 'U.S.-Ghana partnership'],
    [
      'The two leaders reaffirmed the enduring partnership between the two countries.',
      'U.S.-Ghana partnership',
    ],
    [
      'The two governments will strengthen the longstanding partnership between the United States and Ghana.',
      'U.S.-Ghana partnership',
    ],
    ['The two leaders celebrated their special friendship.', 'U.S.-Ghana friendship'],
    [
      'The two leaders reaffirmed the enduring relationship between the United States and Ghana.',
      'U.S.-Ghana relationship',
    ],
    [
      'The two leaders acknowledged the enduring partnership and friendship between our two countries.',
      'U.S.-Ghana friendship',
    ],
    [
      'The United States and Ghana remain committed to an enduring partnership.',
      'U.S.-Ghana partnership',
    ],
    // s39 ruling: "our (bilateral) relationship" is the pair's, as "our partnership" is.
    [
      'The two governments committed to deepen our bilateral relationship.',
      'U.S.-Ghana relationship',
    ],
    ['The Presidents reaffirmed their strong relationship.', 'U.S.-Ghana relationship'],
  ])('names the parties’ relation: %s', (body, name) => {
    expect(topics(TITLE, body)).toContain(name);
  });

  it.each([
    'The two governments committed to deepen our economic partnership.',
    'The two governments committed to deepen our partnership with regional organizations.',
    'The two leaders committed to build on the strength of their partnership.',
    'The two governments will strengthen the partnership between Ghana and Togo.',
    'The two governments will seek a partnership in trade.',
  ])('names no pair relation: %s', (body) => {
    expect(topics(TITLE, body).some((name) => name.startsWith('U.S.-Ghana'))).toBe(false);
  });

  it('names no pair relation for three parties', () => {
    const body = 'The three governments committed to deepen our close partnership.';
    const found = topics('Joint Statement from Ghana, Togo, and the United States', body);
    expect(found.some((name) => / partnership$/.test(name) && name.includes('-'))).toBe(false);
  });

  it.each([
    [
      'The leaders will reaffirm the close and enduring partnership between the United States and Ireland.',
      'U.S.-Ireland partnership',
    ],
    [
      'The leaders will celebrate the friendship between Oman and the United States.',
      'U.S.-Oman friendship',
    ],
    [
      'The leaders will discuss the strong relationship between the United States and Ireland.',
      'U.S.-Ireland relationship',
    ],
    [
      'The leaders will reaffirm the strong bilateral relationship between the United States and Ireland.',
      'U.S.-Ireland relationship',
    ],
    [
      'The leaders reaffirmed the unshakable alliance, strategic partnership, and deep friendship between the United States and Ireland.',
      'U.S.-Ireland friendship',
    ],
    [
      'The leaders will reaffirm the warm and historic partnership between the United States and Ireland.',
      'U.S.-Ireland partnership',
    ],
  ])('names the pair a one-party statement writes out: %s', (body, name) => {
    expect(
      topics('Statement from the Press Secretary on the Visit of the Taoiseach', body),
    ).toContain(name);
  });

  it.each([
    // "our relationship" with no counterpart the title or text names is nobody's pair.
    'The President will deepen our strong relationship.',
    // A bare head keeps the domain word before it.
    'The President will expand defense partnership between the United States and Ireland.',
    // A frame noun's complement names no relation, with or without a determiner.
    'The President will honor the strength of relationship between the United States and Ireland.',
  ])('names no pair relation without a determiner or a named pair: %s', (body) => {
    const found = topics('Statement from the Press Secretary on the Visit of the Taoiseach', body);
    expect(found.some((name) => /^U\.S\.-Ireland /.test(name))).toBe(false);
  });

  it('names no pair the text does not write out in a one-party statement', () => {
    const body = 'The President will deepen our close partnership with regional organizations.';
    const found = topics('Statement from the Press Secretary on the Visit of the Taoiseach', body);
    expect(found.some((name) => /-\S+ partnership$/.test(name))).toBe(false);
  });

  it.each([
    [
      'Statement by the Press Secretary on the Call with the President of Ghana',
      'The United States will deepen our bilateral partnership.',
      'U.S.-Ghana partnership',
    ],
    [
      'Statement from President Joe Biden on the Occasion of Ghana’s Independence Day',
      'We will honor our decades-long partnership rooted in shared values.',
      'U.S.-Ghana partnership',
    ],
    [
      'Statement from the President on the Inauguration',
      'I congratulate the people of Ghana. I look forward to continuing our strong partnership.',
      'U.S.-Ghana partnership',
    ],
  ])('names a one-party statement’s relation with its one counterpart: %s', (title, body, name) => {
    expect(topics(title, body)).toContain(name);
  });

  it.each([
    [
      'Statement from the President on the Inauguration',
      'I congratulate the people of Ghana and Togo. I look forward to deepening our close partnership.',
    ],
    [
      'Statement by the Press Secretary on the Visit of the Presidents of Ghana and Togo',
      'The President will celebrate our strong partnership.',
    ],
  ])('names no relation with two counterparts: %s', (title, body) => {
    expect(topics(title, body).some((name) => /-\S+ partnership$/.test(name))).toBe(false);
  });
});

// A relation the text names by its hyphenated pair (ingest/topics/spans.ts, namedObject.ts).
describe('hyphenated pair relations', () => {
  const sides = (body: string) =>
    topics(
      'Readout of President Biden’s Call with President Sisi of Egypt',
      `President Biden spoke with President Sisi of Egypt. ${body}`,
    );

  it.each([
    [
      'They reaffirmed their commitment to a strong and productive U.S.-Egypt partnership.',
      ['U.S.-Egypt partnership'],
    ],
    [
      'They reaffirmed the strong and broad U.S.-Italian partnership.',
      ['U.S.-Italian partnership'],
    ],
    [
      'They discussed the U.S.-Kuwait partnership and regional security.',
      ['U.S.-Kuwait partnership', 'regional security'],
    ],
    [
      'They underscored the U.S.-Costa Rica partnership and shared efforts to build a prosperous future.',
      ['U.S.-Costa Rica partnership'],
    ],
  ])('names it after coordinated ratings or before a conjunct: %s', (body, names) => {
    expect(sides(body)).toEqual(expect.arrayContaining(names));
  });

  it('leaves a pair with a domain before a conjunct to the scope rules', () => {
    const names = sides(
      'They will advance a range of issues in the U.S.-India economic relationship and strategic partnership.',
    );
    expect(names).not.toContain('U.S.-India economic relationship and strategic partnership');
    expect(names).not.toContain('U.S.-India economic relationship');
  });
});
