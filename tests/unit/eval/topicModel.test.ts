/**
 * The learnt topic selector: its candidates and features, the gold statistics counted without a
 * file's own gold, training and the decoder.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { GoldCounts } from '../../../ingest/eval/goldCounts';
import { type TrainingFile, trainSelector } from '../../../ingest/eval/selectorTraining';
import { train } from '../../../ingest/eval/topicModel';
import { addedTo } from '../../../ingest/topics/selector/apply';
import { topicCandidates } from '../../../ingest/topics/selector/candidates';
import { decode, probability } from '../../../ingest/topics/selector/model';
import type { CandidateRow } from '../../../ingest/topics/selector/rows';

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

/** Every candidate of the whole sentence, with no names, no known phrases and no thesaurus. */
function wholeSentenceCandidates(sentence: string) {
  const [terms] = tagTexts([sentence]);
  const none = () => false;
  return topicCandidates(sentence, terms!, 0, sentence.length, none, [], undefined, none);
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

  // What a named owner has of its own (ownedHeads) is offered with the owner, as the gold names it.
  it.each([
    ['The leaders reaffirmed their commitment to Georgia’s security.', 'Georgia’s security'],
    ['They pledged to support Moldova’s long-term stability.', 'Moldova’s long-term stability'],
    ['They vowed to cut Russia’s revenues from oil.', 'Russia’s revenues'],
  ])('offers the owner with its own %s', (sentence, owned) => {
    // The owner is a recognised name: taken, as rows.ts passes names and rule topics.
    const owner = /\p{Lu}\p{Ll}+(?=’s)/u.exec(sentence)!;
    const [terms] = tagTexts([sentence]);
    const taken = [{ start: owner.index, end: owner.index + owner[0].length }];
    const found = topicCandidates(sentence, terms!, 0, sentence.length, () => false, taken);
    const candidate = found.find((c) => c.text === owned);
    expect(candidate?.features).toContain('owner');
  });

  // An enumeration item, read across the chunk cuts: a lone word is offered at extraction (where
  // `loneWord` refuses unknown words) only as an item of one, and says so in its features.
  it.each([
    [
      'The agreement opens markets for exports including cereals, timber, and processed foods.',
      'cereals',
      'lead|comma',
    ],
    ['Tariffs will fall on dairy, wheat, sugar, and frozen fish.', 'wheat', 'comma|comma'],
    ['The fund supports fisheries, tourism and coastal transport.', 'tourism', 'comma|link'],
    ['They agreed to protect medics, teachers, and aid workers.', 'teachers', 'comma|comma'],
  ])('offers the enumeration item of %s', (sentence, word, sides) => {
    const found = wholeSentenceCandidates(sentence);
    const item = found.find((c) => c.text === word);
    expect(item?.features).toEqual(expect.arrayContaining([`item:${sides}`, 'loneItem:true']));
  });

  it.each([
    ['They discussed trade with officials on Monday.', 'trade'],
    ['The ministers will deepen scientific, technical, and economic cooperation.', 'technical'],
    ['The partners welcomed progress and pledged to continue.', 'progress'],
    // An enumeration closed by "and other" actors lists who acts (listItem.ts).
    ['They will fund clinics, shelters, and other local organizations.', 'shelters'],
  ])('offers no unknown lone word outside an enumeration: %s', (sentence, word) => {
    const found = wholeSentenceCandidates(sentence);
    expect(found.map((c) => c.text)).not.toContain(word);
  });

  // A lone word the gold names (`loneWord`) before a noun is a piece of that compound, unless the
  // noun is a vacuous head: the gold names the word ("ransomware actors" → ransomware).
  it.each([
    ['They will disrupt ransomware actors and their enablers.', 'ransomware', true],
    ['Resilience efforts work best with senior leaders.', 'Resilience', true],
    ['They will expand health care in rural areas.', 'health', false],
    ['They met the ransomware task force.', 'ransomware', false],
  ])('a gold-named lone word before a noun in %s: offered %s', (sentence, word, offered) => {
    const [terms] = tagTexts([sentence]);
    const none = () => false;
    const named = (text: string) => text.toLowerCase() === word.toLowerCase();
    const found = topicCandidates(sentence, terms!, 0, sentence.length, none, [], undefined, named);
    expect(found.map((c) => c.text).includes(word)).toBe(offered);
  });

  // A country's dotted abbreviation owns its abbreviationOwnedHeads, whatever modifies them.
  it.each([
    ['Thailand will lower tariffs on U.S. agricultural exports.', 'U.S. agricultural exports'],
    ['The leaders welcomed new U.S. investment in the region.', 'U.S. investment'],
    ['They pledged to secure safe departure for U.S. citizens.', 'U.S. citizens'],
  ])('offers the dotted owner with its own: %s', (sentence, owned) => {
    const [terms] = tagTexts([sentence]);
    const at = sentence.indexOf('U.S.');
    const taken = [{ start: at, end: at + 'U.S.'.length }];
    const found = topicCandidates(sentence, terms!, 0, sentence.length, () => false, taken);
    expect(found.find((c) => c.text === owned)?.features).toContain('owner');
  });

  it('offers no dotted owner of goods it does not own in the gold', () => {
    const sentence = 'They will accept U.S. remanufactured goods and U.S. companies.';
    const [terms] = tagTexts([sentence]);
    const taken = [...sentence.matchAll(/U\.S\./g)].map((m) => ({
      start: m.index,
      end: m.index + 4,
    }));
    const found = topicCandidates(sentence, terms!, 0, sentence.length, () => false, taken);
    expect(found.some((c) => c.features.includes('owner'))).toBe(false);
  });

  it('offers no owner where the owned word modifies a noun or is a stance', () => {
    for (const sentence of [
      'They pledged support for Georgia’s security forces.',
      'They welcomed Georgia’s commitment to reform.',
    ]) {
      const [terms] = tagTexts([sentence]);
      const at = sentence.indexOf('Georgia');
      const taken = [{ start: at, end: at + 'Georgia'.length }];
      const found = topicCandidates(sentence, terms!, 0, sentence.length, () => false, taken);
      expect(found.some((c) => c.features.includes('owner'))).toBe(false);
    }
  });
});

function row(key: string, features: string[] = ['bias']): CandidateRow {
  return { commitment: 0, start: 0, end: key.length, text: key, key, features };
}

function file(base: string, named: string[], keys: string[], label = 0): TrainingFile {
  return {
    base,
    rows: keys.map((key) => row(key)),
    offers: keys.map(() => 1),
    labels: keys.map(() => label),
    named: new Set(named),
  };
}

describe('gold statistics', () => {
  const files = [
    file('a', ['clean energy'], ['clean energy']),
    file('b', [], ['clean energy', 'next step']),
    file('c', ['renewable energy'], []),
  ];

  it("counts a file's rows without its own gold (leave-one-out)", () => {
    const counts = new GoldCounts(files);
    const ofA = counts.without('a');
    const ofB = counts.without('b');
    expect([ofA.named('clean energy'), ofA.seen('clean energy')]).toEqual([0, 1]);
    expect([ofB.named('clean energy'), ofB.seen('clean energy')]).toEqual([1, 1]);
    // Heads come from the gold's names only: "energy" is the head of a topic in a and c.
    expect([ofA.head('energy'), ofB.head('energy')]).toEqual([1, 2]);
  });

  it('ships the counts over every file, sorted, with the gold hash and threshold', () => {
    const model = trainSelector(files, 'f'.repeat(64), 0.6);
    expect(model.phrases).toEqual([
      ['clean energy', 1, 2],
      ['next step', 0, 1],
      ['renewable energy', 1, 1],
    ]);
    expect(model.heads).toEqual([['energy', 2]]);
    expect(model.threshold).toBe(0.6);
    const names = model.weights.map(([feature]) => feature);
    expect(names).toEqual([...names].sort());
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

describe('addedTo: the ensemble adds, never trades', () => {
  const at = (commitment: number, start: number, end: number, p: number) => ({
    commitment,
    start,
    end,
    p,
  });

  it.each([
    // a surer addition over the same words does not replace the first model's choice
    ['nested, surer', [at(0, 0, 20, 0.62)], [at(0, 7, 20, 0.95)], [[0, 0, 20]]],
    // an addition on free words joins it
    [
      'free words',
      [at(0, 0, 20, 0.62)],
      [at(0, 30, 40, 0.5)],
      [
        [0, 0, 20],
        [0, 30, 40],
      ],
    ],
    // the same words for another commitment: one span is kept once
    ['same span', [at(0, 0, 20, 0.62)], [at(1, 0, 20, 0.9)], [[0, 0, 20]]],
    // overlapping additions compete among themselves as decode ranks them
    ['two additions', [], [at(0, 0, 20, 0.5), at(0, 5, 20, 0.7)], [[0, 5, 20]]],
    ['no additions', [at(0, 0, 20, 0.62)], [], [[0, 0, 20]]],
  ])('%s', (_, kept, added, expected) => {
    const out = addedTo(kept, added).map((c) => [c.commitment, c.start, c.end]);
    expect(out.sort()).toEqual(expected);
  });

  it("keeps the first model's own probability on its choices", () => {
    expect(
      addedTo([at(0, 0, 20, 0.62)], [at(0, 30, 40, 0.5)])
        .map((c) => c.p)
        .sort(),
    ).toEqual([0.5, 0.62]);
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

describe('train options', () => {
  const pair = [
    { features: ['a'], label: 1 },
    { features: ['b'], label: 0 },
  ];

  it('averages every iterate of the last epochs (Polyak): the mean of w after each step', () => {
    // One epoch at rate 0.3 from 0: "a" is 0.15 after both steps, "b" 0 then −0.15.
    const weights = train(pair, { epochs: 1, l2: 0, rate: 0.3, average: 1 });
    expect(weights.get('a')).toBeCloseTo(0.15, 10);
    expect(weights.get('b')).toBeCloseTo(-0.075, 10);
  });

  // A gold row's gradient counts positiveWeight times: one step at rate 0.3 from 0 moves "a"
  // by 0.3 × 0.5 × 2 and leaves a negative row's step alone.
  it.each([
    [1, 0.15],
    [2, 0.3],
  ])('weighs a gold row %d times', (positiveWeight, a) => {
    const weights = train(pair, { epochs: 1, l2: 0, rate: 0.3, positiveWeight });
    expect(weights.get('a')).toBeCloseTo(a, 10);
    expect(weights.get('b')).toBeCloseTo(-0.15, 10);
  });

  it('gives the same weights whatever order the rows come in when every order is scrambled', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      features: ['bias', `w${i % 5}`],
      label: i % 5 < 2 ? 1 : 0,
      id: `f#${i}`,
    }));
    const options = { epochs: 5, l2: 1e-4, rate: 0.3, orders: 3, shuffled: true };
    const forward = train(rows, options);
    const backward = train([...rows].reverse(), options);
    for (const [feature, weight] of forward) expect(backward.get(feature)).toBeCloseTo(weight, 10);
  });
});
