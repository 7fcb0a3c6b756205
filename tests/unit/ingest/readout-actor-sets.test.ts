/**
 * Actor sets across sentences of a readout or joint statement: who a later "They" is, and who a
 * coordinated or listed subject names (session 15, commitment recall).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';

function actorsOf(title: string, sentences: string[], sentence: string) {
  const result = extract({
    path: 'memory/readout-actor-sets.txt',
    basename: 'readout-actor-sets',
    format: 'text',
    title,
    body: sentences.join(' '),
    sha256: 'd'.repeat(64),
  });
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
});
