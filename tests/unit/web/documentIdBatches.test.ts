import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS_PER_REQUEST, documentIdBatches } from '../../../contract/firstView';

describe('documentIdBatches (the requests the explorer makes and the server pre-computes)', () => {
  it('keeps first-seen order, drops blanks, repeats and known ids', () => {
    expect(documentIdBatches(['b', '', 'a', 'b', 'c'], (id) => id === 'c')).toEqual([['b', 'a']]);
    expect(documentIdBatches([])).toEqual([]);
  });

  it('cuts at the API page size', () => {
    const ids = Array.from({ length: DOCUMENT_IDS_PER_REQUEST + 3 }, (_, i) => `doc:${i}`);
    const batches = documentIdBatches(ids);
    expect(batches.map((b) => b.length)).toEqual([DOCUMENT_IDS_PER_REQUEST, 3]);
    expect(batches.flat()).toEqual(ids);
  });
});
