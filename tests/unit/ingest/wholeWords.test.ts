/**
 * `wholeWords` (ingest/topics/spans.ts) searches only the word run before a piece, not the whole
 * sentence before it: the same start as the plain search over everything before the piece.
 */
import { describe, expect, it } from 'vitest';
import { wholeWords } from '../../../ingest/topics/pieceEdges';

/** The plain search: the pattern over the whole text before the piece. */
function plain(sentence: string, piece: { start: number; end: number }) {
  const word = /[\p{L}\p{N}][\p{L}\p{N}-]*-$/u.exec(sentence.slice(0, piece.start));
  return word ? { start: word.index, end: piece.end } : piece;
}

/** Each sentence with the piece marked by `[` and `]`. */
const CASES = [
  'a military-to-[military communications]',
  'an in-[person summit]',
  'the (co-[chair]) said',
  'Côte-d’Ivoire-[led effort]',
  'Ελλάδα-Κύπρος-[ties] now',
  '--[dash] only',
  '-[dash] first',
  '2024-[25 plans]',
  'U.S.-[ROK Alliance]',
  'math 𝒜𝒷-[𝒸 letters]',
  'tab\tsplit-[word]',
  'no hyphen [here]',
  '[start] of text',
];

describe('wholeWords', () => {
  it.each(CASES)('starts where the plain search starts: %s', (marked) => {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const sentence = marked.replace('[', '').replace(']', '');
    const piece = { start, end };
    expect(wholeWords(sentence, piece)).toEqual(plain(sentence, piece));
  });

  it('reaches back over the whole hyphenated word', () => {
    const sentence = 'a military-to-military channel';
    const start = sentence.lastIndexOf('military');
    expect(wholeWords(sentence, { start, end: sentence.length }).start).toBe(2);
  });
});
