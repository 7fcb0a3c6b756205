/**
 * The lexicon hit checks (ingest/entities/lexiconHitChecks.ts) test a character before their
 * pattern: each must answer as its bare pattern does, on the examples their rules name and on
 * every position of a few sentences (a gate that shut a true match would drop a rule silently).
 */
import { describe, expect, it } from 'vitest';
import {
  HERITAGE_AFTER,
  heritageAfter,
  ISLANDERS_AFTER,
  islandersAfter,
  LANGUAGE_BEFORE,
  LETTERLESS,
  modifiedLetterless,
  namesLanguage,
  POSSESSIVE_AFTER,
  partOfLonger,
  SHIP_CLASS_AFTER,
  shipClassAfter,
} from '../../../ingest/entities/lexiconHitChecks';

const TEXTS = [
  "support for Ukraine’s sovereignty and Japan's role",
  'Japanese Americans and a Korean American veteran; the German American Chamber of Commerce',
  'the Asian American, Native Hawaiian, and Pacific Islander community and Pacific Islanders',
  'three Virginia class submarines, Ohio-class boats, a Virginia-classic, the Virginia classroom',
  'She speaks Spanish, Portuguese and French; fluent in Korean; proficient in Japanese, and spoke Thai',
  'the Swedish language, Korean-speaking staff, a Korean interpreter, French speakers',
  'the U.S.-India 2+2 Ministerial Dialogue, the Economic “2+2”, the 2+2 and "2+2"',
];

/** Every end offset of every text, with the text: each check is asked at each. */
const PLACES = TEXTS.flatMap((text) =>
  Array.from({ length: text.length + 1 }, (_, end) => ({ text, end })),
);

describe('lexicon hit checks answer as their bare patterns', () => {
  it.each([
    [
      'possessive',
      partOfLonger,
      (t: string, e: number) => POSSESSIVE_AFTER.test(t.slice(e, e + 3)),
    ],
    ['heritage', heritageAfter, (t: string, e: number) => HERITAGE_AFTER.test(t.slice(e, e + 12))],
    [
      'islanders',
      islandersAfter,
      (t: string, e: number) => ISLANDERS_AFTER.test(t.slice(e, e + 11)),
    ],
    [
      'ship class',
      shipClassAfter,
      (t: string, e: number) => SHIP_CLASS_AFTER.test(t.slice(e, e + 7)),
    ],
  ])('%s: the gate never shuts a match', (_name, check, bare) => {
    let matches = 0;
    for (const { text, end } of PLACES) {
      const pattern = bare(text, end);
      if (pattern) matches++;
      // partOfLonger also wants a capitalised name before: it may say no where the pattern says yes.
      if (!pattern) expect(check(text, end)).toBe(false);
      else if (check !== partOfLonger) expect(check(text, end)).toBe(true);
    }
    expect(matches).toBeGreaterThan(0);
  });

  it('possessive after a capitalised name', () => {
    const text = TEXTS[0]!;
    expect(partOfLonger(text, text.indexOf('’s'))).toBe(true);
    expect(partOfLonger(text, text.indexOf("'s"))).toBe(true);
    expect(partOfLonger(text, text.indexOf(' sovereignty'))).toBe(false);
  });

  it('a language verb before: the gate passes every place the pattern matches', () => {
    let matches = 0;
    for (const { text, end: start } of PLACES) {
      const before = LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 80), start));
      if (before) {
        matches++;
        expect(namesLanguage(text, start, start)).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(3);
    const text = TEXTS[5]!;
    const swedish = text.indexOf('Swedish');
    expect(namesLanguage(text, swedish, swedish + 'Swedish'.length)).toBe(true);
    expect(namesLanguage(TEXTS[1]!, 0, 'Japanese'.length)).toBe(false);
  });

  it.each([
    ['2+2', true],
    ['Quad', false],
    ['ASEAN', false],
    ['5G', false],
    ['ÉU', false],
  ])('letterless alias %s agrees with LETTERLESS', (alias, letterless) => {
    expect(LETTERLESS.test(alias)).toBe(letterless);
    const text = TEXTS[6]!;
    for (let start = 0; start <= text.length; start++)
      if (!letterless) expect(modifiedLetterless(alias, text, start)).toBe(false);
    if (letterless) {
      expect(modifiedLetterless(alias, text, text.indexOf('2+2'))).toBe(true);
      expect(modifiedLetterless(alias, text, text.indexOf('2+2 and'))).toBe(false);
      expect(modifiedLetterless(alias, text, text.indexOf('2+2"'))).toBe(true);
    }
  });
});
