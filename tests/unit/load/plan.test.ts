import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../contract/extraction';
import { type Planned, planBatches } from '../../../ingest/load/plan';

function planned(id: string, sentences = 1): Planned {
  const extraction: Extraction = {
    documents: [{ id, title: id, sha256: 'a'.repeat(64) }],
    sentences: Array.from({ length: sentences }, (_, i) => ({
      id: `s:${id}:${i}`,
      docId: id,
      index: i,
      text: 'x',
      start: 0,
      end: 1,
    })),
    entities: [],
    mentions: [],
    commitments: [],
    relations: [],
  };
  return { path: `${id}.txt`, extraction };
}

describe('planBatches', () => {
  it('caps documents per batch', () => {
    const batches = planBatches(
      ['a', 'b', 'c', 'd', 'e'].map((id) => planned(id)),
      2,
      1000,
    );
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('caps rows per batch, but a large document still gets a batch of its own', () => {
    const batches = planBatches([planned('a', 5), planned('b', 50), planned('c', 5)], 10, 20);
    expect(batches.map((b) => b.map((p) => p.extraction.documents[0]?.id))).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]);
  });

  it('never puts one document id twice in a batch', () => {
    const batches = planBatches([planned('a'), planned('b'), planned('a')], 10, 1000);
    expect(batches.map((b) => b.length)).toEqual([2, 1]);
  });
});
