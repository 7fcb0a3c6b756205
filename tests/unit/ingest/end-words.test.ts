import { describe, expect, it } from 'vitest';
import { EndWordError, endWords, mayEndIn, trimEnd } from '../../../ingest/endWords';
import {
  BETWEEN,
  BETWEEN_ENDS,
  PROGRESSIVE_AUXILIARY,
  PROGRESSIVE_AUXILIARY_ENDS,
  THEIR_TEAMS,
  THEIR_TEAMS_ENDS,
} from '../../../ingest/subjectShapes';

describe('end-word prefilter (ingest/endWords.ts)', () => {
  const folded = endWords(['also', 'continue to', 'once more'], true);
  const exact = endWords(['is', 'are'], false);

  it.each([
    // Whitespace at the end: the pattern's trailing \s* may take it.
    ['The leaders ', folded, true],
    ['The leaders\u00a0', folded, true],
    // A multi-word alternative ends in its last word; the fold is ASCII and case-blind.
    ['We continue to', folded, true],
    ['We ALSO', folded, true],
    ['once More', folded, true],
    // Another last word, or a word glued to the alternative, cannot end a match.
    ['The leaders', folded, false],
    ['The leaders reaffirm', folded, false],
    ['hallso', folded, false],
    ['The leaders (NSAs)', folded, false],
    ['', folded, false],
    // Without the fold, case counts ("IS" is no "is" for a pattern without the `i` flag).
    ['The United States is', exact, true],
    ['The United States IS', exact, false],
  ])('%j → %s', (text, ends, expected) => {
    expect(mayEndIn(text, ends)).toBe(expected);
  });

  it('refuses an end word that is no run of ASCII letters', () => {
    expect(() => endWords(['re-affirm'], true)).toThrow(EndWordError);
    expect(() => endWords(['also '], true)).toThrow(EndWordError);
  });

  // Where the prefilter says no, the pattern removes nothing: checked on every prefix of texts
  // shaped as the words before a verb are.
  const texts = [
    'The two leaders also',
    'The two leaders and their teams',
    'The President and his team',
    'The United States is also',
    'The United States is',
    'Japan and the ROK, with their partners,',
    'The three National Security Advisors (NSAs)',
    'They   ',
    'The Secretary and the Minister once more',
    'We will continue to',
    'The DELEGATIONS and THEIR STAFFS',
    'Sie sind nun',
  ];
  const cases: [RegExp, ReturnType<typeof endWords>][] = [
    [BETWEEN, BETWEEN_ENDS],
    [THEIR_TEAMS, THEIR_TEAMS_ENDS],
    [PROGRESSIVE_AUXILIARY, PROGRESSIVE_AUXILIARY_ENDS],
  ];
  it('trimEnd removes what the pattern alone removes, on every prefix', () => {
    for (const text of texts)
      for (let end = 0; end <= text.length; end++)
        for (const [pattern, ends] of cases) {
          const prefix = text.slice(0, end);
          expect(trimEnd(prefix, pattern, ends)).toBe(prefix.replace(pattern, ''));
        }
  });

  it('still trims where the pattern matches', () => {
    expect(trimEnd('The leaders also', BETWEEN, BETWEEN_ENDS)).toBe('The leaders');
    expect(trimEnd('The leaders and their teams', THEIR_TEAMS, THEIR_TEAMS_ENDS)).toBe(
      'The leaders',
    );
    expect(trimEnd('Japan is also', PROGRESSIVE_AUXILIARY, PROGRESSIVE_AUXILIARY_ENDS)).toBe(
      'Japan',
    );
  });
});
