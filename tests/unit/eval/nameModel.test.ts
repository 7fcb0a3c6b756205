/**
 * The learnt name finder measured by `npm run gold:names`: its candidates (uncovered capitalised
 * spans) and features, the labels by the scorer's matching, the out-of-file gold statistics, the
 * decoder and what a chosen name adds to an extraction.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../contract/extraction';
import { addNames, decodeNames } from '../../../ingest/entities/learntApply';
import { nameCandidates } from '../../../ingest/entities/learntCandidates';
import { addNameStatistics, harvestNames } from '../../../ingest/eval/nameHarvest';
import { foldOf } from '../../../ingest/eval/nameTyping';
import { commitment, entity, extraction, gold, goldEntity } from './fixtures';

const TEXT =
  'The leaders welcomed progress on AUKUS Pillar II and the work of BAE Systems, ASC Pty Ltd and WTO members. We blunted the Central Bank of Russia´s ability to act.';

/** One statement of two sentences; `AUKUS` is the rules' one mention. */
function statement(): Extraction {
  const first = TEXT.indexOf(' We ');
  const aukus = TEXT.indexOf('AUKUS');
  const base = extraction({
    entities: [entity('organization:aukus', 'AUKUS', 'Organization', ['AUKUS'])],
    commitments: [
      {
        ...commitment({
          text: TEXT.slice(0, first),
          stance: 'welcome',
          actors: [],
          trigger: 'welcomed',
        }),
        sentenceId: 'sentence:test:0',
      },
    ],
  });
  return {
    ...base,
    sentences: [
      {
        id: 'sentence:test:0',
        docId: 'doc:test',
        index: 0,
        text: TEXT.slice(0, first),
        start: 0,
        end: first,
      },
      {
        id: 'sentence:test:1',
        docId: 'doc:test',
        index: 1,
        text: TEXT.slice(first + 1),
        start: first + 1,
        end: TEXT.length,
      },
    ],
    mentions: [
      {
        entityId: 'organization:aukus',
        sentenceId: 'sentence:test:0',
        start: aukus,
        end: aukus + 5,
        text: 'AUKUS',
      },
    ],
  };
}

describe('nameCandidates', () => {
  const found = nameCandidates(statement());
  const texts = found.map((c) => c.text);
  const of = (text: string) => found.find((c) => c.text === text)!;

  it('offers capitalised runs and their sub-spans, never across a comma or a possessive', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'AUKUS Pillar II',
        'BAE Systems',
        'ASC Pty Ltd',
        'Central Bank of Russia',
        'Russia',
      ]),
    );
    expect(texts.some((t) => t.includes(',') || t.includes('´'))).toBe(false);
    // A lone sentence-initial word is a function word; a known entity is no candidate.
    expect(texts).not.toContain('The');
    expect(texts).not.toContain('AUKUS');
  });

  it('extends a run by one lowercase word, marked as such', () => {
    expect(of('WTO members').features).toEqual(
      expect.arrayContaining(['tail:members', 'head:members']),
    );
  });

  it('describes a span by its words, its context, the rules mentions and the commitments', () => {
    expect(of('AUKUS Pillar II').features).toEqual(
      expect.arrayContaining([
        'contains:Organization',
        'head:ii',
        'prev:on',
        'scope:about',
        'shape:X Xx X',
      ]),
    );
    expect(of('Central Bank of Russia').features).toEqual(
      expect.arrayContaining(['connector:of', 'scope:none', 'headType:none']),
    );
    // A list item by its comma; a possessive ends a name without making it one.
    expect(of('BAE Systems').features).toContain('inList');
    expect(of('Central Bank of Russia').features).not.toContain('inList');
    const span = of('BAE Systems').occurrences[0]!;
    expect(TEXT.slice(span.start, span.end)).toBe('BAE Systems');
  });
});

describe('harvestNames and addNameStatistics', () => {
  const goldDoc = gold({
    entities: [
      goldEntity('AUKUS', 'Organization', ['AUKUS']),
      goldEntity('BAE Systems', 'Organization', ['BAE Systems']),
      goldEntity('AUKUS Pillar II', 'Program', ['AUKUS Pillar II']),
    ],
  });

  it('labels a span positive when it names a gold entity the rules missed, with its type', () => {
    const rows = harvestNames(goldDoc, statement());
    const row = (text: string) => rows.find((r) => r.text === text)!;
    expect(row('BAE Systems')).toMatchObject({ label: 1, type: 'Organization' });
    expect(row('AUKUS Pillar II')).toMatchObject({ label: 1, type: 'Program' });
    expect(row('ASC Pty Ltd').label).toBe(0);
  });

  it('counts only the other files, never the row own', () => {
    const files = ['a', 'b'].map((base) => ({
      base,
      gold: base === 'a' ? goldDoc : gold({ entities: [] }),
      extraction: statement(),
      rows: harvestNames(goldDoc, statement()),
    }));
    addNameStatistics(files);
    const featuresOf = (file: number, text: string) =>
      files[file]!.rows.find((r) => r.text === text)!.features;
    // File a declares BAE Systems: b's row sees it, a's own row does not.
    expect(featuresOf(1, 'BAE Systems')).toEqual(
      expect.arrayContaining(['goldNamed:1', 'goldNamedType:Organization']),
    );
    expect(featuresOf(0, 'BAE Systems')).toEqual(
      expect.arrayContaining(['goldNamed:0', 'goldRate:none']),
    );
  });
});

describe('decodeNames and addNames', () => {
  const spans = (text: string) => {
    const start = TEXT.indexOf(text);
    return [{ sentence: 0, start, end: start + text.length }];
  };
  const name = (text: string, p: number) => ({
    text,
    p,
    type: 'Program' as const,
    occurrences: spans(text),
  });

  it('keeps the most probable of overlapping spans, above the threshold', () => {
    const kept = decodeNames(
      [name('Pillar II', 0.7), name('AUKUS Pillar II', 0.8), name('BAE Systems', 0.3)],
      0.5,
    );
    expect(kept.map((k) => k.text)).toEqual(['AUKUS Pillar II']);
  });

  it('adds an entity, its mentions and, when asked, the commitment it is in', () => {
    const out = addNames(statement(), [name('AUKUS Pillar II', 0.9)], { about: true });
    expect(out.entities.at(-1)).toMatchObject({ type: 'Program', name: 'AUKUS Pillar II' });
    expect(out.mentions.at(-1)?.text).toBe('AUKUS Pillar II');
    expect(out.commitments[0]!.about).toContain(out.entities.at(-1)!.id);
    expect(
      addNames(statement(), [name('AUKUS Pillar II', 0.9)], { about: false }).commitments[0]!.about,
    ).toEqual([]);
  });
});

describe('foldOf', () => {
  it('is stable by basename, and leave-one-out with as many folds as files', () => {
    expect(foldOf('2024-09-17-x', 3, 126, 10)).toBe(foldOf('2024-09-17-x', 7, 200, 10));
    expect(foldOf('2024-09-17-x', 3, 126, 10)).toBeLessThan(10);
    expect(foldOf('anything', 3, 126, 126)).toBe(3);
  });
});
