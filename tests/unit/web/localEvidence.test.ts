import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../contract/api';
import { localEvidence, nameSpans } from '../../../web/app/localEvidence';

describe('nameSpans', () => {
  it('finds every occurrence of each name', () => {
    expect(nameSpans('Japan and the ROK; Japan again', ['Japan', 'ROK', ''])).toEqual([
      { start: 0, end: 5 },
      { start: 19, end: 24 },
      { start: 14, end: 17 },
    ]);
  });
});

describe('localEvidence', () => {
  const data: SerializedGraph = {
    nodes: [
      {
        key: 'c1',
        attributes: {
          name: 'urge: urged',
          type: 'Commitment',
          stance: 'urge',
          trigger: 'urged',
          text: 'They urged Russia.',
          docId: 'doc:a',
        },
      },
      { key: 'country:rus', attributes: { name: 'Russia', type: 'Country' } },
    ],
    edges: [],
  };

  it('builds evidence from commitment nodes, with document and the names marked', () => {
    const [e, ...rest] = localEvidence(
      data,
      ['c1', 'country:rus', 'missing'],
      ['Russia'],
      new Map([['doc:a', { id: 'doc:a', title: 'A', date: '2025-09-22' }]]),
    );
    expect(rest).toEqual([]);
    expect(e).toEqual({
      commitmentId: 'c1',
      stance: 'urge',
      trigger: 'urged',
      sentence: { id: 'c1', text: 'They urged Russia.', highlights: [{ start: 11, end: 17 }] },
      document: { id: 'doc:a', title: 'A', date: '2025-09-22' },
    });
  });

  it('falls back to the document id when the document list does not have it', () => {
    expect(localEvidence(data, ['c1'], [], new Map())[0]?.document).toEqual({
      id: 'doc:a',
      title: 'doc:a',
      date: null,
    });
  });
});
