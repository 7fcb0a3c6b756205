/**
 * A Gulf official named in full ("Sheikh Khalid bin Rashid Al Mansoori") and afterwards by the
 * style and first given name alone ("Sheikh Khalid"): the styles are data (data/rules/titles.json
 * `givenNameStyles`); "Sheikh X" is that official only when X opens or ends a name introduced
 * before, so a place ("Sheikh Jarrah") names no one.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const TITLE =
  'Readout of National Security Advisor Jake Sullivan’s Meeting with Bahraini Officials';

function extracted(body: string) {
  const result = extractText(TITLE, body, 'given-name-styles');
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return {
    officials: result.entities.filter((e) => e.type === 'Official').map((e) => e.name),
    commitments: result.commitments.map((c) => [c.stance, c.actors.map((id) => names.get(id))]),
  };
}

const INTRODUCTION =
  'National Security Advisor Jake Sullivan met today with Bahraini Minister of Interior Sheikh Khalid bin Rashid Al Mansoori.';

describe('a style before a given name alone', () => {
  it('names the official introduced in full, coordinated with another official', () => {
    const { officials, commitments } = extracted(
      `${INTRODUCTION} Mr. Sullivan and Sheikh Khalid pledged to expand maritime security cooperation.`,
    );
    expect(officials).not.toContain('Khalid');
    expect(commitments).toContainEqual([
      'commit',
      ['Jake Sullivan', 'Khalid bin Rashid Al Mansoori'],
    ]);
  });

  it('keeps the title and country the full mention gave', () => {
    const result = extractText(
      TITLE,
      `${INTRODUCTION} Sheikh Khalid welcomed the new coast guard training program.`,
      'given-name-styles',
    );
    const khalid = result.entities.find((e) => e.name === 'Khalid bin Rashid Al Mansoori');
    expect(khalid?.attributes?.title).toContain('Minister');
    expect(khalid?.attributes?.country).toBe('Bahrain');
  });

  it('makes no one of a style before a word that opens no introduced name', () => {
    const { officials } = extracted(
      `${INTRODUCTION} They discussed the situation in the Sheikh Jarrah neighborhood of Jerusalem.`,
    );
    expect(officials).not.toContain('Jarrah');
  });
});
