/**
 * The stance frames run without the `i` flag over a lowercased sentence where that is exact
 * (ingest/rules/caseFold.ts, speed42b). A fold that read one character differently from the `i`
 * pattern would change a trigger, so every frame is compared with its `i` pattern here.
 */
import { describe, expect, it } from 'vitest';
import { foldable, foldedPattern } from '../../../ingest/rules/caseFold';
import { STANCES_COMPILED } from '../../../ingest/rules/stanceRules';
import { findTriggers } from '../../../ingest/stances';

/** Each match's offset and length, the pattern scanned globally with its case flag. */
const spans = (pattern: RegExp, text: string) =>
  [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('i') ? 'gi' : 'g'))].map(
    (m) => [m.index, m[0].length],
  );

describe('foldable', () => {
  it.each([
    ['The United States’ commitment — “ironclad” — to José and Türkiye.', true],
    ['Prime Minister İshak of Türkiye', false],
    ['A sentence with Ǆ, a cased letter past Latin-1', false],
    ['An emoji 🇺🇸 is a surrogate pair', false],
  ])('%s → %s', (sentence, expected) => {
    expect(foldable(sentence)).toBe(expected);
  });
});

describe('foldedPattern', () => {
  it('reads an uppercase class as both cases, as the i pattern does', () => {
    const folded = foldedPattern(/[A-ZÀ-ÖØ-Þ]x/i)!;
    expect(folded.flags).toBe('');
    expect(folded.test('éx')).toBe(true);
    expect(folded.test('ax')).toBe(true);
    expect(folded.test('1x')).toBe(false);
  });

  it('keeps a class ending in a literal dash a class of single characters', () => {
    // (Characters appended after "-" would have made a range from "." on, taking "/".)
    const folded = foldedPattern(/x[’'.-]y/i)!;
    expect(folded.test('x-y')).toBe(true);
    expect(folded.test('x/y')).toBe(false);
  });

  it('reads a negated class as the i pattern does', () => {
    const folded = foldedPattern(/[^A-Z]/i)!;
    expect(folded.test('a')).toBe(false);
    expect(folded.test('-')).toBe(true);
  });

  it('leaves a pattern with a backreference or a named group to the i flag', () => {
    expect(foldedPattern(/(a)\1/i)).toBeUndefined();
    expect(foldedPattern(/(?<word>a)/i)).toBeUndefined();
  });
});

const SENTENCES = [
  'The leaders strongly reaffirmed their commitment to the alliance and stand together with Ukraine.',
  'Our shared goal is to achieve the complete denuclearization of the Korean Peninsula.',
  'Since 2021, President Biden has signed an executive order on Critical Minerals.',
  'Today, I signed a memorandum directing the Secretary of State to act.',
  'They expressed their deep concerns about the DPRK’s missile launches and called on Pyongyang to engage.',
  'WE REAFFIRM OUR UNWAVERING COMMITMENT TO À PROPOS DE JOSÉ AND THE RULE OF LAW.',
  'The United States’ support for Israel’s security is rock-solid and unwavering.',
  'We will not let Putin win, and we need Congress to act now.',
];

describe('every stance frame folded finds what its i pattern finds', () => {
  const sentences = [...SENTENCES, ...SENTENCES.map((s) => s.toUpperCase())];
  it.each(STANCES_COMPILED.frames.map((frame, index) => [index, frame.pattern]))(
    'frame %i',
    (_, pattern) => {
      const folded = foldedPattern(pattern);
      expect(folded).toBeDefined();
      for (const sentence of sentences)
        expect(spans(folded!, sentence.toLowerCase())).toEqual(spans(pattern, sentence));
    },
  );
});

describe('findTriggers keeps the sentence’s own letters', () => {
  it('a folded frame’s trigger text is the sentence’s, not its lowercase', () => {
    const texts = findTriggers('The Leaders Strongly Reaffirmed Their Commitment to peace.').map(
      (trigger) => trigger.text,
    );
    expect(texts.some((text) => text.startsWith('Strongly Reaffirmed'))).toBe(true);
  });
});
