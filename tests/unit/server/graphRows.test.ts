import { describe, expect, it } from 'vitest';
import {
  type GraphRow,
  mergeSpans,
  sentenceSpans,
  toEvidence,
  toSerializedGraph,
} from '../../../server/graphRows';

const dprk = {
  id: 'country:prk',
  name: "Democratic People's Republic of Korea",
  type: 'Country' as const,
};
const usa = { id: 'country:usa', name: 'United States', type: 'Country' as const };
const topic = { id: 'topic:sanctions', name: 'sanctions', type: 'Topic' as const };

describe('toSerializedGraph', () => {
  const rows: GraphRow[] = [
    {
      commitment: {
        id: 'c1',
        stance: 'urge',
        trigger: 'urged',
        docId: 'doc:a',
        text: 'They urged…',
      },
      actors: [usa],
      links: [
        { rel: 'TARGETS', implicit: false, entity: dprk },
        { rel: 'ABOUT', implicit: true, entity: topic },
      ],
    },
  ];

  it('makes commitment and entity nodes with MADE, ABOUT and TARGETS edges', () => {
    const g = toSerializedGraph(rows);
    expect(g.nodes.map((n) => n.key).sort()).toEqual([
      'c1',
      'country:prk',
      'country:usa',
      'topic:sanctions',
    ]);
    expect(g.nodes.find((n) => n.key === 'c1')?.attributes).toMatchObject({
      type: 'Commitment',
      stance: 'urge',
    });
    expect(g.edges.map((e) => e.attributes.type).sort()).toEqual(['ABOUT', 'MADE', 'TARGETS']);
    expect(g.edges.find((e) => e.attributes.type === 'ABOUT')?.attributes.implicit).toBe(true);
  });

  it('keeps relations only between nodes present', () => {
    const g = toSerializedGraph(rows, [
      { source: 'country:usa', target: 'country:prk', type: 'PART_OF' },
      { source: 'country:usa', target: 'country:jpn', type: 'REPRESENTS' },
    ]);
    expect(g.edges.filter((e) => e.attributes.type === 'PART_OF')).toHaveLength(1);
    expect(g.edges.some((e) => e.target === 'country:jpn')).toBe(false);
  });
});

describe('sentenceSpans', () => {
  const sentence = { text: 'They urged Russia and North Korea to cease.', start: 100 };

  it('shifts document offsets into the sentence', () => {
    expect(sentenceSpans(sentence, [{ start: 122, end: 133, text: 'North Korea' }])).toEqual([
      { start: 22, end: 33 },
    ]);
  });

  it('accepts sentence-relative offsets and falls back to finding the text', () => {
    expect(sentenceSpans(sentence, [{ start: 11, end: 17, text: 'Russia' }])).toEqual([
      { start: 11, end: 17 },
    ]);
    expect(sentenceSpans(sentence, [{ start: 5, end: 16, text: 'North Korea' }])).toEqual([
      { start: 22, end: 33 },
    ]);
  });

  it('drops a mention whose text is not in the sentence', () => {
    expect(sentenceSpans(sentence, [{ start: 0, end: 4, text: 'DPRK' }])).toEqual([]);
  });

  it('merges overlapping spans', () => {
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 12, end: 14 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 14 },
    ]);
  });
});

describe('toEvidence', () => {
  it('turns a row into evidence with highlights and a null date when absent', () => {
    const e = toEvidence({
      commitmentId: 'c1',
      stance: 'urge',
      trigger: 'urged',
      sentence: { id: 's1', text: 'They urged Russia.', start: 0 },
      document: { id: 'doc:a', title: 'A', date: null },
      mentions: [{ start: 11, end: 17, text: 'Russia' }],
    });
    expect(e).toEqual({
      commitmentId: 'c1',
      stance: 'urge',
      trigger: 'urged',
      sentence: { id: 's1', text: 'They urged Russia.', highlights: [{ start: 11, end: 17 }] },
      document: { id: 'doc:a', title: 'A', date: null },
    });
  });
});
