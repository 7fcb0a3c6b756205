/**
 * The whitespace table the word scans walk with (ingest/spaceUnits.ts) answers as `/\s/` does for
 * every UTF-16 code unit, so a scan by table finds the runs `/\S+/g` finds.
 */
import { describe, expect, it } from 'vitest';
import { isSpaceUnit } from '../../../ingest/spaceUnits';

describe('isSpaceUnit', () => {
  it.each([
    [' ', true],
    ['\t', true],
    ['\n', true],
    ['\u00a0', true],
    ['\u2009', true],
    ['\u3000', true],
    ['\ufeff', true],
    ['a', false],
    ['’', false],
    ['\u200b', false],
    ['\ud83d', false],
  ])('%j is whitespace: %s', (unit, expected) => {
    expect(isSpaceUnit(unit.charCodeAt(0))).toBe(expected);
  });

  it('agrees with /\\s/ on every code unit', () => {
    const disagree: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++)
      if (isSpaceUnit(unit) !== /\s/.test(String.fromCharCode(unit))) disagree.push(unit);
    expect(disagree).toEqual([]);
  });
});
