/**
 * The lexicon's run walk (ingest/entities/lexiconRuns.ts) finds every place a plain search for
 * each key finds at word boundaries, in the same order; and lowercasing keeps the runs it walks.
 */
import { describe, expect, it } from 'vitest';
import {
  indexByRun,
  isWordUnit,
  keyStarts,
  keysIn,
  wordRuns,
} from '../../../ingest/entities/lexiconRuns';

const KEYS = [
  'Korea',
  'Republic of Korea',
  'Korea-U.S.',
  'U.S.',
  'U.S.-ROK Alliance',
  'Jr.',
  '.gov',
  'G7',
  'G7 ',
  'nuclear weapons',
  'nuclear weapons program',
  'Ελλάδα',
  '𝒜𝒷',
  'ROK',
];

const TEXTS = [
  'The Republic of Korea and Korea-U.S. ties; the U.S.-ROK Alliance, U.S. and ROK.',
  'Koreans, North Korea’s nuclear weapons programme and nuclear weapons program work.',
  'G7 leaders, the G7, G7s and the G77; John Smith Jr. of state.gov and .gov sites.',
  'Ελλάδα-Κύπρος ties, 𝒜𝒷-𝒸 and 𝒜𝒷𝒸; KoreaKorea Korea',
  'Republic of  Korea, Republic-of-Korea, nuclear-weapons, nuclear weapons.',
];

/** What `matchLexicon` did before the walk: every occurrence of each key, kept at boundaries. */
function plainPlaces(text: string, keys: string[]): [number, number][] {
  const places: [number, number][] = [];
  for (const key of keysIn(text, indexByRun(keys))) {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
      const end = at + key.length;
      const before = at > 0 && isWordUnit(text.charCodeAt(at - 1));
      const after = end < text.length && isWordUnit(text.charCodeAt(end));
      if (!before && !after) places.push([keys.indexOf(key), at]);
    }
  }
  return places;
}

describe('keyStarts', () => {
  it('finds the places a plain search keeps at word boundaries, by key then offset', () => {
    const index = indexByRun(KEYS);
    let found = 0;
    for (const text of TEXTS) {
      const { codes, span } = keyStarts(text, wordRuns(text), index);
      const places = [...codes]
        .map((code): [number, number] => [Math.floor(code / span), code % span])
        .filter(([rank, at]) => {
          const end = at + KEYS[rank]!.length;
          const before = at > 0 && isWordUnit(text.charCodeAt(at - 1));
          return !before && !(end < text.length && isWordUnit(text.charCodeAt(end)));
        });
      expect(places, text).toEqual(plainPlaces(text, KEYS));
      found += places.length;
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe('wordRuns', () => {
  it('splits at every non-word unit, a run at either end included', () => {
    expect(wordRuns('G7 leaders, U.S.')).toEqual([0, 2, 3, 10, 12, 13, 14, 15]);
    expect(wordRuns(' – ')).toEqual([]);
  });
});

describe('lowercasing', () => {
  it('never shortens a character and keeps each unit a word unit or not', () => {
    let longer = 0;
    const wrong: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const text = String.fromCodePoint(point);
      const lower = text.toLowerCase();
      if (lower.length !== text.length) {
        if (lower.length < text.length) wrong.push(`U+${point.toString(16)} shortens`);
        longer++;
        continue;
      }
      for (let i = 0; i < text.length; i++)
        if (isWordUnit(text.charCodeAt(i)) !== isWordUnit(lower.charCodeAt(i)))
          wrong.push(`U+${point.toString(16)} changes a word unit`);
    }
    expect(wrong).toEqual([]);
    // Only the dotted capital I (U+0130) grows; matchLexicon searches such a text plainly.
    expect(longer).toBe(1);
  });
});
