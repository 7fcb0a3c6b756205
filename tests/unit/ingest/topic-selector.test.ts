/**
 * The learnt topic selector inside extraction (ingest/topics/selector/): the shipped model is the
 * gold's, `extract` is the rules plus the post-pass, a weight that fires adds a topic to the
 * commitment's `about`, no added topic ever overlaps a name, and no candidate is a piece of a
 * hyphenated word or of a Title Case name.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSelector, goldHash } from '../../../ingest/eval/selectorFile';
import { extract, extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { readDocument } from '../../../ingest/read';
import { selectTopics } from '../../../ingest/topics/selector/apply';
import {
  type Selector,
  selector,
  selectorSchema,
  tableStats,
} from '../../../ingest/topics/selector/model';
import { candidateRows } from '../../../ingest/topics/selector/rows';
import { BARRED } from '../../../ingest/topics/selector/wholePhrase';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';
import { taggedWords as words } from '../../support/taggedWords';

const ROOT = join(import.meta.dirname, '../../..');
const FILE = join(ROOT, 'data/lexicon/topics-selector.json');

function doc(body: string): SourceDocument {
  return memoryDocument('Joint Statement', body, 't');
}

function model(weights: Record<string, number>, threshold = 0.6): Selector {
  return {
    weights: new Map(Object.entries(weights)),
    stats: tableStats(new Map(), new Map()),
    threshold,
  };
}

// The rules name "maritime domain awareness" and "coast guard training"; the partnership they leave.
const TEXT =
  'Japan and the United States welcomed progress toward the launch of a new shipbuilding partnership on maritime domain awareness and coast guard training.';

describe('the shipped selector', () => {
  it('data/lexicon/topics-selector.json was trained on the current gold (else: npm run gold:topics)', async () => {
    const text = await readFile(FILE, 'utf8');
    const file = selectorSchema.parse(JSON.parse(text));
    expect(file.gold).toBe(await goldHash(join(ROOT, 'data/gold')));
    // Deterministic, one entry a line: the generator's own format, byte for byte.
    expect(formatSelector(file)).toBe(text);
    expect(file.weights.length).toBeGreaterThan(100);
  });

  it('extract is the rules then the selector post-pass', async () => {
    const source = await readDocument(
      join(ROOT, 'data/corpus/2023-01-13-us-japan-joint-statement.txt'),
    );
    const { extraction, terms } = extractByRules(source);
    expect(extract(source)).toEqual(selectTopics(extraction, terms, lexicon(), selector()));
  });
});

describe('selectTopics', () => {
  const { extraction, terms } = extractByRules(doc(TEXT));

  it('adds a candidate whose weight fires to its commitment and the entities', () => {
    const before = extraction.commitments[0]!.about.length;
    const out = selectTopics(
      extraction,
      terms,
      lexicon(),
      model({ 'phrase:shipbuilding partnership': 5 }),
    );
    const added = out.entities.find((e) => e.name === 'shipbuilding partnership');
    expect(added?.type).toBe('Topic');
    expect(out.commitments[0]!.about).toContain(added!.id);
    expect(out.commitments[0]!.about.length).toBe(before + 1);
    const mention = out.mentions.find((m) => m.entityId === added!.id)!;
    expect(TEXT.slice(mention.start, mention.end)).toBe('shipbuilding partnership');
    // The rules' extraction is not changed: the evaluation applies a model to it per fold.
    expect(extraction.commitments[0]!.about.length).toBe(before);
  });

  it('adds nothing below the threshold, and never a span a name or rule topic holds', () => {
    expect(selectTopics(extraction, terms, lexicon(), model({ bias: -5 }))).toBe(extraction);
    const everything = selectTopics(extraction, terms, lexicon(), model({ bias: 10 }));
    const added = everything.mentions.filter((m) => !extraction.mentions.includes(m));
    expect(added.length).toBeGreaterThan(0);
    for (const mention of added)
      for (const name of extraction.mentions)
        expect(mention.start < name.end && mention.end > name.start).toBe(false);
    // Only names the topic conventions allow: no lone word the thesaurus does not know here.
    for (const entity of everything.entities.filter((e) => !extraction.entities.includes(e)))
      expect(entity.name.includes(' ') || lexicon().entities.has(entity.id)).toBe(true);
  });
});

describe('selectTopics with an ensemble', () => {
  const { extraction, terms } = extractByRules(doc(TEXT));
  const partnership = 'phrase:shipbuilding partnership';
  const longer = 'phrase:new shipbuilding partnership';
  const named = (out: typeof extraction) =>
    out.entities.filter((e) => !extraction.entities.includes(e)).map((e) => e.name);
  const withEnsemble = (
    first: Record<string, number>,
    mean: Record<string, number>,
    veto = 0,
    lone = 0.6,
  ): Selector => ({
    ...model(first),
    ensemble: {
      weights: new Map(Object.entries(mean)),
      threshold: 0.6,
      veto,
      lone,
      barred: BARRED,
    },
  });

  it("keeps the first model's choice though the mean prefers other words over it", () => {
    const out = selectTopics(
      extraction,
      terms,
      lexicon(),
      withEnsemble({ [partnership]: 5 }, { [longer]: 9, bias: -5 }),
    );
    expect(named(out)).toEqual(['shipbuilding partnership']);
    // Alone, the mean would name the longer run.
    const alone = selectTopics(extraction, terms, lexicon(), model({ [longer]: 9, bias: -5 }));
    expect(named(alone)).toEqual(['new shipbuilding partnership']);
  });

  it("adds the mean's choice where the first model chose nothing", () => {
    const out = selectTopics(
      extraction,
      terms,
      lexicon(),
      withEnsemble({ bias: -5 }, { [partnership]: 5, bias: -1 }),
    );
    expect(named(out)).toEqual(['shipbuilding partnership']);
  });

  it('adds no piece of a longer noun phrase, which the first model may still choose', () => {
    // "private housing" of "private housing actors": the mean's addition is barred (wholePhrase.ts).
    const cut = extractByRules(
      doc('The United States will work with local stakeholders and private housing actors.'),
    );
    const housing = 'phrase:private housing';
    const ensemble = withEnsemble({ bias: -5 }, { [housing]: 9 });
    expect(selectTopics(cut.extraction, cut.terms, lexicon(), ensemble)).toBe(cut.extraction);
    const first = selectTopics(cut.extraction, cut.terms, lexicon(), model({ [housing]: 9 }));
    expect(first.entities.map((e) => e.name)).toContain('private housing');
  });

  it("drops the first model's choice the mean scores below its veto", () => {
    const vetoed = withEnsemble({ [partnership]: 5 }, { bias: -5 }, 0.2);
    expect(selectTopics(extraction, terms, lexicon(), vetoed)).toBe(extraction);
  });
});

describe('candidates are never a piece of a word or of a Title Case name', () => {
  it('offers no run that opens or ends inside a hyphenated word', () => {
    const body =
      'Japan and the United States committed to expand Partnerships for Climate-Smart Commodities.';
    const { extraction, terms } = extractByRules(doc(body));
    const texts = candidateRows(extraction, terms, lexicon()).map((row) => row.text);
    expect(texts).toContain('Partnerships');
    expect(texts.filter((text) => /^(?:Smart|Commodities)\b|Climate$/.test(text))).toEqual([]);
  });

  it('reads a hyphen without spaces as gluing two words, a dash between spaces not', () => {
    const glued = words('hard-hit communities', [
      ['hard', '-'],
      ['hit', ' '],
      ['communities', ''],
    ]);
    expect(glued.gluedBefore(1)).toBe(true);
    expect(glued.gluedAfter(0)).toBe(true);
    expect(glued.gluedBefore(2)).toBe(false);
    const dash = words('peace - and prosperity', [
      ['peace', ' - '],
      ['and', ' '],
      ['prosperity', ''],
    ]);
    expect(dash.gluedBefore(1)).toBe(false);
  });

  it('joins capitalised words after the first word of the sentence, and nothing else', () => {
    const w = words('They replenish the Strategic National Stockpile and Food Security.', [
      ['They', ' '],
      ['replenish', ' '],
      ['the', ' '],
      ['Strategic', ' '],
      ['National', ' '],
      ['Stockpile', ' '],
      ['and', ' '],
      ['Food', ' '],
      ['Security', '.'],
    ]);
    expect(w.titleJoin(0)).toBe(false); // the sentence's first word
    expect(w.titleJoin(2)).toBe(false); // "the Strategic"
    expect(w.titleJoin(3)).toBe(true);
    expect(w.titleJoin(4)).toBe(true);
    expect(w.titleJoin(5)).toBe(false); // "Stockpile and"
    expect(w.titleJoin(7)).toBe(true);
    expect(w.titleJoin(8)).toBe(false); // the last word
  });
});
