/**
 * Actor sets across sentences of a readout or joint statement: who a later "They" is, and who a
 * coordinated or listed subject names (session 15, commitment recall).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(title: string, sentences: string[], sentence: string) {
  const result = extractText(title, sentences.join(' '), 'readout-actor-sets');
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => ({ stance: c.stance, actors: [...c.actors].sort() }));
}

const KISHIDA_CALL = "Readout of President Biden's Call with Prime Minister Kishida of Japan";
const MET = 'President Joe Biden spoke with Prime Minister Kishida Fumio of Japan today.';
const LEADERS = ['official:joe-biden', 'official:kishida-fumio'];

describe('readout actor sets', () => {
  it('a named pair inside a rejected fronted phrase is not who the next "They" is', () => {
    const later = 'They reaffirmed the importance of stability in the Indo-Pacific.';
    const sentences = [
      MET,
      'They also discussed the conflict between Israel and Hamas, underscoring the need to increase humanitarian aid.',
      later,
    ];
    expect(actorsOf(KISHIDA_CALL, sentences, later)).toEqual([
      { stance: 'reaffirm', actors: LEADERS },
    ]);
  });

  it('unnamed leaders of a grouping met with are participants: "Leaders" is the President and the G7', () => {
    const title = "Readout of President Biden's Virtual Meeting with G7 Leaders";
    const later = 'Leaders reiterated their shared commitment to supporting Ukraine.';
    const sentences = ['President Biden met virtually with G7 Leaders.', later];
    const g7 = ['can', 'deu', 'fra', 'gbr', 'ita', 'jpn', 'usa'].map((c) => `country:${c}`);
    expect(actorsOf(title, sentences, later)).toEqual([
      {
        stance: 'reaffirm',
        actors: ['official:joe-biden', ...g7, 'organization:european-union'].sort(),
      },
    ]);
  });

  it('a President alone stays alone in such a readout', () => {
    const title = "Readout of President Biden's Virtual Meeting with G7 Leaders";
    const later =
      'President Biden encouraged other Leaders to unlock the value of immobilized assets.';
    const sentences = ['President Biden met virtually with G7 Leaders.', later];
    expect(actorsOf(title, sentences, later)).toEqual([
      { stance: 'encourage', actors: ['official:joe-biden'] },
    ]);
  });
});
