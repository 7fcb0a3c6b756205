/**
 * The learnt topic selector measured by `npm run gold:model`: its candidates and features, the
 * leave-one-out gold statistics, the model and the decoder.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { topicCandidates } from '../../../ingest/eval/topicCandidates';
import { addGoldStatistics, type Row } from '../../../ingest/eval/topicHarvest';
import { decode, probability, train } from '../../../ingest/eval/topicModel';
import { gold, goldEntity } from './fixtures';

const LIST =
  'The leaders committed to expand cooperation on clean energy, critical minerals, and supply chain resilience.';

function candidatesOf(
  sentence: string,
  after: string,
  known: (p: string) => boolean = () => false,
) {
  const [terms] = tagTexts([sentence]);
  const from = sentence.indexOf(after) + after.length;
  return topicCandidates(sentence, terms!, from, sentence.length, known);
}

describe('topicCandidates', () => {
  it('offers every run ending in a noun inside a list item, never one across a comma', () => {
    const texts = candidatesOf(LIST, 'committed').map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'cooperation',
        'clean energy',
        'critical minerals',
        'supply chain resilience',
        'resilience',
      ]),
    );
    expect(texts.some((t) => t.includes(','))).toBe(false);
    // Words before the commitment's words are not read.
    expect(texts).not.toContain('leaders');
  });

  it('describes a candidate by head, length, list and thesaurus', () => {
    const found = candidatesOf(LIST, 'committed', (p) => p === 'clean energy');
    const clean = found.find((c) => c.text === 'clean energy')!;
    expect(clean.features).toEqual(
      expect.arrayContaining([
        'head:energy',
        'first:clean',
        'len:2',
        'known:true',
        'prev:on',
        'listed:false',
      ]),
    );
    const minerals = found.find((c) => c.text === 'critical minerals')!;
    expect(minerals.features).toEqual(expect.arrayContaining(['head:mineral', 'known:false']));
    // The last item of the comma list (the rules' own list test, listItem.ts).
    const last = found.find((c) => c.text === 'supply chain resilience')!;
    expect(last.features).toEqual(expect.arrayContaining(['listed:true', 'len:3']));
    expect(LIST.slice(minerals.start, minerals.end)).toBe('critical minerals');
  });
});

function row(text: string, features: string[] = []): Row {
  return { commitment: 0, start: 0, end: text.length, text, features: [...features], label: 0 };
}

describe('addGoldStatistics', () => {
  it("counts only the other files' gold (leave-one-out)", () => {
    const named = gold({ entities: [goldEntity('clean energy', 'Topic')] });
    const silent = gold({ entities: [] });
    const files = [
      { base: 'a', gold: named, rows: [row('clean energy')] },
      { base: 'b', gold: silent, rows: [row('clean energy')] },
    ];
    addGoldStatistics(files);
    expect(files[0]!.rows[0]!.features).toContain('goldNamed:0');
    expect(files[1]!.rows[0]!.features).toContain('goldNamed:1');
    expect(files[1]!.rows[0]!.features).toContain('goldHead:1');
  });
});

describe('train and probability', () => {
  it('learns which feature marks a topic; an unseen feature weighs nothing', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ['bias', 'head:energy'], label: 1 })),
      ...Array.from({ length: 20 }, () => ({ features: ['bias', 'head:step'], label: 0 })),
    ];
    const weights = train(examples);
    expect(probability(weights, ['bias', 'head:energy'])).toBeGreaterThan(0.8);
    expect(probability(weights, ['bias', 'head:step'])).toBeLessThan(0.2);
    expect(probability(weights, ['head:unseen'])).toBe(0.5);
  });
});

describe('decode', () => {
  const at = (commitment: number, start: number, end: number, p: number) => ({
    commitment,
    start,
    end,
    p,
  });

  it('keeps the most probable of overlapping spans of one commitment, above the threshold', () => {
    const kept = decode(
      [at(0, 0, 20, 0.6), at(0, 10, 20, 0.9), at(0, 30, 40, 0.4), at(0, 50, 60, 0.7)],
      0.5,
    );
    expect(kept).toEqual([at(0, 10, 20, 0.9), at(0, 50, 60, 0.7)]);
  });

  it('lets two commitments keep overlapping spans, but one span only once', () => {
    const kept = decode([at(0, 0, 20, 0.9), at(1, 10, 20, 0.8), at(1, 0, 20, 0.7)], 0.5);
    expect(kept).toEqual([at(0, 0, 20, 0.9), at(1, 10, 20, 0.8)]);
  });
});
