/**
 * findOfficials skips a title pattern in a sentence that lacks what the pattern needs written
 * (officials.ts `gatesFor`): a gate must never skip a pattern that would have found an official
 * there where the coarse gate before it (a title head in any case, an honorific, an abbreviation)
 * let the pattern run. Checked on every line of the sample corpora and on lines made to tempt each gate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLongTitle } from '../../../ingest/entities/appositiveTitles';
import {
  ABBREVIATED,
  ANY_ABBREVIATION,
  ANY_HEAD,
  ANY_HONORIFIC,
  APPOSITIVE_KIND,
  compile,
  HONORIFIC_KINDS,
  TITLE_HEAD,
} from '../../../ingest/entities/officialPatterns';
import { gatesFor } from '../../../ingest/entities/officials';
import { lexicon } from '../../../ingest/lexicon';

const ROOT = resolve(import.meta.dirname, '../../..');

function corpusLines(): string[] {
  const lines: string[] = [];
  for (const dir of ['data/corpus', 'data/corpus-wh-dprk']) {
    for (const name of readdirSync(join(ROOT, dir))) {
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      lines.push(...text.split(/\n+/).filter((line) => line.trim()));
    }
  }
  return lines;
}

const MADE = [
  'We are making progress on the majority of issues with private sector leadership.',
  'President Yoon Suk Yeol and Prime Minister Kishida Fumio met.',
  'Kim Sung-han, deputy minister of foreign affairs of the DPRK, spoke.',
  'Björn Seibert, Head of Cabinet of the European Commission President, attended.',
  'Dr. Kim Tae-hyo, Principal Deputy National Security Advisor of the ROK, attended.',
  'DNSA Neuberger and Mr. Akiba welcomed the Senior Advisor to the President for International Climate Policy John Podesta’s travel.',
  'Jake Sullivan, national security advisor, met the leadership.',
];

/** The one gate of every pattern before the finer ones: an abbreviation, an honorific, a head. */
function coarseGate(kind: number, text: string): boolean {
  if (kind === ABBREVIATED) return ANY_ABBREVIATION.test(text);
  return HONORIFIC_KINDS.has(kind) ? ANY_HONORIFIC.test(text) : ANY_HEAD.test(text);
}

/** Whether pattern `kind` finds a match in `text` that findOfficials could keep. */
function couldFind(pattern: RegExp, kind: number, text: string): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (kind !== APPOSITIVE_KIND) return true;
    if (isLongTitle(match[2]!) && !TITLE_HEAD.test(match[1]!)) return true;
  }
  return false;
}

describe('official pattern gates', () => {
  const { patterns } = compile(lexicon());
  const lines = [...MADE, ...corpusLines()];

  it('never skip a pattern that matches where the coarse gate let it run', () => {
    const missed: string[] = [];
    for (const line of lines) {
      const gates = gatesFor(line);
      patterns.forEach((pattern, kind) => {
        if (gates[kind] || !coarseGate(kind, line)) return;
        if (couldFind(pattern, kind, line)) missed.push(`${kind}: ${line}`);
      });
    }
    expect(missed).toEqual([]);
    // Every official pattern over every corpus line: seconds of work, which vitest's 5 s unit
    // default cut short on a loaded 2-core machine (session 42). A budget, not a speed claim.
  }, 30_000);

  it('skip the title patterns where only lowercase look-alikes stand', () => {
    const gates = gatesFor(MADE[0]!);
    expect(gates.slice(1, 4)).toEqual([false, false, false]);
    expect(gates[APPOSITIVE_KIND]).toBe(false);
    expect(gatesFor(MADE[1]!).slice(1, 4)).toEqual([true, true, true]);
  });

  it('each gate is open on some corpus line and shut on another', () => {
    const open = patterns.map((_, kind) => lines.filter((line) => gatesFor(line)[kind]).length);
    for (const count of open) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(lines.length);
    }
  }, 30_000);
});
