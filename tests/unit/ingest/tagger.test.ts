import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { type TaggedTerm, tagTexts } from '../../../ingest/entities/tagger';

const SENTENCES = [
  'The leaders reaffirmed their commitment to the complete denuclearization of the Korean Peninsula.',
  'They discussed the importance of reuniting separated Korean families, and the swift resolution of the abductions issue.',
  "We don't accept it; the U.S.-Japan Alliance's 2.5% growth (approx.) isn't enough — is it?",
  '“Freedom Edge,” he said. Japan and the ROK will strengthen deterrence, cooperate on cyber threats.',
  'Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3rd in Washington, D.C.',
];

interface JsonTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const plain = (terms: TaggedTerm[]) =>
  terms.map((t) => [t.text, t.post, [...t.tags], t.start, t.end]);

// Computed before `tagTexts` first runs: it swaps in a faster sweep for compromise.
const expected = SENTENCES.map((text) =>
  (nlp(text).json({ offset: true }) as { terms: JsonTerm[] }[]).flatMap((s) =>
    s.terms.map((t) => [t.text, t.post, t.tags, t.offset.start, t.offset.start + t.offset.length]),
  ),
);

describe('tagTexts', () => {
  it('tags a batch exactly as compromise tags each sentence alone', () => {
    expect(tagTexts(SENTENCES).map(plain)).toEqual(expected);
  });

  it('does not depend on what else is in the batch', () => {
    SENTENCES.forEach((text, i) => {
      expect(tagTexts([text]).map(plain)[0]).toEqual(expected[i]);
    });
    expect(tagTexts([...SENTENCES].reverse()).map(plain)).toEqual([...expected].reverse());
  });

  it('returns nothing for nothing', () => {
    expect(tagTexts([])).toEqual([]);
  });
});
