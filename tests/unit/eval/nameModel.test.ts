/**
 * The learnt name finder (entities/nameFinder.ts, trained by `npm run gold:names -- --write`): its
 * candidates (uncovered capitalised spans) and features, the labels by the scorer's matching, the
 * out-of-file gold statistics, the training and the file it writes, the decoder and what a chosen
 * name adds to an extraction.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../contract/extraction';
import { declaredTexts } from '../../../ingest/entities/declaredTexts';
import { addNames, decodeNames } from '../../../ingest/entities/learntApply';
import { continuesName, nameCandidates } from '../../../ingest/entities/learntCandidates';
import { wordsOf } from '../../../ingest/entities/learntWords';
import { chooseNames } from '../../../ingest/entities/nameFinder';
import {
  compileNameFinder,
  nameFinderSchema,
  nameKey,
  statFeatures,
} from '../../../ingest/entities/nameFinderModel';
import { formatNameFinder } from '../../../ingest/eval/nameFinderFile';
import { NameCounts, trainNameFinder } from '../../../ingest/eval/nameFinderTraining';
import { harvestNames } from '../../../ingest/eval/nameHarvest';
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

  it('offers capitalised runs of two words or more and their sub-spans, never across a comma or a possessive', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'AUKUS Pillar II',
        'BAE Systems',
        'ASC Pty Ltd',
        'Central Bank of Russia',
      ]),
    );
    // A lone word is none ("Russia" of "Central Bank of Russia"); a lone word and its tail is.
    expect(texts).not.toContain('Russia');
    expect(texts).toContain('WTO members');
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

describe('nameCandidates declared', () => {
  it('offers only the texts the trie declares', () => {
    const kept = nameCandidates(statement(), declaredTexts(['bae systems']));
    expect(kept.map((c) => c.text)).toEqual(['BAE Systems']);
  });
});

describe('continuesName', () => {
  // [sentence, the span's first word, whether a capitalised word runs on into it]
  const cases: [string, string, boolean][] = [
    [
      'a law clerk on the U.S. District Court for the Eastern District of Pennsylvania',
      'Eastern',
      true,
    ],
    ['his B.A. from the University of Michigan at Ann Arbor in 1989', 'Ann', true],
    ['published a landmark Blueprint for an AI Bill of Rights to safeguard', 'AI', true],
    // A lowercase word before the links, or a sentence-initial capitalised link: a name of its own.
    ['stability in the Eastern Mediterranean', 'Eastern', false],
    ['At the International Space Station, astronauts', 'International', false],
    // Punctuation ends the run before it: a list item.
    ['Buffalo, Laguna Woods, and Uvalde', 'Laguna', false],
    // More than two linking words: too far to be one name.
    ['Blueprint for the use of the AI Bill of Rights', 'AI', false],
  ];
  it.each(cases)('%s [%s] → %s', (sentence, first, expected) => {
    const words = wordsOf(sentence);
    expect(
      continuesName(
        words,
        words.findIndex((w) => w.text === first),
      ),
    ).toBe(expected);
  });
});

const goldDoc = gold({
  entities: [
    goldEntity('AUKUS', 'Organization', ['AUKUS']),
    goldEntity('BAE Systems', 'Organization', ['BAE Systems']),
    goldEntity('AUKUS Pillar II', 'Program', ['AUKUS Pillar II']),
  ],
});

describe('harvestNames and NameCounts', () => {
  it('labels a span positive when it names a gold entity the rules missed, with its type', () => {
    const rows = harvestNames(goldDoc, statement());
    const row = (text: string) => rows.find((r) => r.text === text)!;
    expect(row('BAE Systems')).toMatchObject({ label: 1, type: 'Organization' });
    expect(row('AUKUS Pillar II')).toMatchObject({ label: 1, type: 'Program' });
    expect(row('ASC Pty Ltd').label).toBe(0);
  });

  const files = ['a', 'b', 'c'].map((base) => ({
    base,
    gold: base === 'a' ? goldDoc : gold({ entities: [] }),
    extraction: statement(),
    rows: harvestNames(goldDoc, statement()),
  }));

  it('counts only the other files, never the row own', () => {
    const counts = new NameCounts(files);
    const featuresOf = (base: string, text: string) =>
      statFeatures(nameKey(text), counts.without(base));
    // File a declares BAE Systems: b's row sees it, a's own row does not.
    expect(featuresOf('b', 'BAE Systems')).toEqual(
      expect.arrayContaining(['goldNamed:1', 'goldNamedType:Organization', 'goldRate:high']),
    );
    // Two other files show it and none declares it: not a name they know.
    expect(featuresOf('a', 'BAE Systems')).toEqual(
      expect.arrayContaining(['goldNamed:0', 'goldRate:none']),
    );
    // Shown by one other file only (and not declared): as good as unseen.
    expect(statFeatures('bae systems', new NameCounts(files.slice(1, 3)).without('b'))).toContain(
      'goldRate:unseen',
    );
  });

  it('ships every declared text and every text two files show, and nothing else', () => {
    const { names, heads } = new NameCounts(files).tables();
    expect(names).toContainEqual(['bae systems', 'Organization', 1, 3]);
    expect(names.every(([, , n, seen]) => n > 0 || seen >= 2)).toBe(true);
    expect(heads).toContainEqual(['ii', 'Program', 1]);
  });
});

describe('trainNameFinder', () => {
  // Nine files declare BAE Systems and AUKUS Pillar II, three declare nothing: enough spread.
  const files = Array.from({ length: 12 }, (_, i) => {
    const declared = i < 9;
    const g = declared ? goldDoc : gold({ entities: [] });
    return { base: `f${i}`, gold: g, extraction: statement(), rows: harvestNames(g, statement()) };
  });
  const file = trainNameFinder(files, 'a'.repeat(64));

  it('writes a file the schema accepts, byte for byte the same when formatted again', () => {
    const text = formatNameFinder(file);
    const parsed = nameFinderSchema.parse(JSON.parse(text));
    expect(formatNameFinder(parsed)).toBe(text);
    expect(parsed.types).toEqual(['Organization', 'Program']);
    expect(parsed.typeWeights.every(([, ws]) => ws.length === 2)).toBe(true);
  });

  it('learns to choose the declared names with their types', () => {
    const finder = compileNameFinder(file);
    const chosen = chooseNames(statement(), finder, 0.3).map((n) => [n.text, n.type]);
    expect(chosen).toEqual(
      expect.arrayContaining([
        ['BAE Systems', 'Organization'],
        ['AUKUS Pillar II', 'Program'],
      ]),
    );
    expect(chosen.map(([text]) => text)).not.toContain('WTO members');
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
