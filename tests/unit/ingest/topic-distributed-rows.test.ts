/**
 * Modifiers coordinated before a head they may share give the learnt selector one candidate per
 * modifier, named with the shared words (ingest/topics/selector/distributed.ts): "global and local
 * standards" offers "global standards", whose span is the modifier alone, so that it competes with
 * the whole coordination but not with "local standards". The model decides; these rows only say
 * what is offered, and what is not: a plural noun heads a phrase of its own ("contingencies and
 * emerging threats"), a bare pair of heads has nothing to share ("security and prosperity").
 */
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { selectTopics } from '../../../ingest/topics/selector/apply';
import { type Selector, tableStats } from '../../../ingest/topics/selector/model';
import { candidateRows } from '../../../ingest/topics/selector/rows';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';

function doc(body: string): SourceDocument {
  return memoryDocument('Joint Statement', body, 't');
}

/** The distributed rows of a body, as `text@span` (the span's words). */
function distributed(body: string, extraction = false): string[] {
  const rules = extractByRules(doc(body));
  const { sentences } = rules.extraction;
  const words = (start: number, end: number) => {
    const s = sentences.find((x) => x.start <= start && end <= x.end)!;
    return s.text.slice(start - s.start, end - s.start);
  };
  return candidateRows(
    rules.extraction,
    rules.terms,
    lexicon(),
    extraction ? () => true : undefined,
  )
    .filter((row) => row.features.includes('distributed'))
    .map((row) => `${row.text}@${words(row.start, row.end)}`);
}

describe('a coordinated modifier is offered with the shared head', () => {
  it.each([
    [
      'The United States and Spain reaffirmed their commitment to global and local standards and policy frameworks.',
      ['global standards@global'],
    ],
    [
      'The United States and Spain will cooperate in relevant regional and multilateral fora.',
      ['regional fora@regional'],
    ],
    [
      // A scope opposed to another kind is a kind (pairKinds), though a weak modifier alone.
      'The United States and Spain will harness public and private financial tools.',
      ['public financial tools@public'],
    ],
    [
      'The United States and Spain will use all diplomatic, multilateral, technical, and financial tools to build food systems.',
      [
        'technical tools@technical',
        'multilateral tools@multilateral',
        'diplomatic tools@diplomatic',
      ],
    ],
  ])('%s', (body, expected) => {
    expect(distributed(body).sort()).toEqual([...expected].sort());
  });

  it.each([
    // A plural noun before "and" is a head of its own.
    'The United States and Spain will address contingencies and emerging threats.',
    // A quality of one thing (attributeAdjectives) is not a kind of the head.
    'The United States and Spain will build safe and secure communications networks.',
    // A noun before "and" may be a thing of its own ("oil and gas methane emissions").
    'The United States and Spain will reduce food and agricultural trade barriers.',
    // Two bare heads share nothing.
    'The United States and Spain will advance security and prosperity.',
    // A comma list of nouns before the chunk: things of their own.
    'The United States and Spain committed to provide water, food, and medical care.',
    // The rules name the whole coordination: its words are taken.
    'The United States and Spain will strengthen regional and global economic systems.',
  ])('none: %s', (body) => {
    expect(distributed(body)).toEqual([]);
  });

  it('keeps the conventions at extraction (who acts is no topic)', () => {
    expect(
      distributed('The United States and Spain will train federal and local prosecutors.', true),
    ).toEqual([]);
    expect(
      distributed('The United States and Spain will train federal and local prosecutors.'),
    ).toEqual(['federal prosecutors@federal']);
  });
});

describe('a chosen distributed row', () => {
  it('adds its name, with a mention of the words its span selects', () => {
    const rules = extractByRules(
      doc(
        'The United States and Spain reaffirmed their commitment to global and local standards and policy frameworks.',
      ),
    );
    // A model that keeps every distributed row and nothing else.
    const model: Selector = {
      weights: new Map([
        ['bias', -10],
        ['distributed', 20],
      ]),
      stats: tableStats(new Map(), new Map()),
      threshold: 0.5,
    };
    const out = selectTopics(rules.extraction, rules.terms, lexicon(), model);
    const topic = out.entities.find((e) => e.name === 'global standards');
    expect(topic).toBeDefined();
    const mention = out.mentions.find((m) => m.entityId === topic!.id);
    expect(mention?.text).toBe('global');
  });
});
