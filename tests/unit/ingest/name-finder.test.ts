/**
 * The learnt name finder inside extraction (ingest/entities/nameFinder.ts): the shipped model is
 * the gold's, `extract` runs it after the topic selector when LEARNT_NAMES is on, a name is typed by the gold's own type
 * of its text before the type model, an unsure type falls back as set (by default only
 * gold-declared texts are added), and a name is kept on p(name) × its type's confidence.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../contract/extraction';
import { declaredTexts } from '../../../ingest/entities/declaredTexts';
import { knownForms } from '../../../ingest/entities/knownForms';
import { addFoundNames, chooseNames, typeOfName } from '../../../ingest/entities/nameFinder';
import {
  isTyped,
  type Majority,
  type NameFinder,
  nameFinder,
  nameFinderSchema,
} from '../../../ingest/entities/nameFinderModel';
import { formatNameFinder } from '../../../ingest/eval/nameFinderFile';
import { goldHash } from '../../../ingest/eval/selectorFile';
import { extract, extractByRules, finishExtraction, LEARNT_NAMES } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { readDocument } from '../../../ingest/read';
import { selector } from '../../../ingest/topics/selector/model';
import {
  extractTextByRules,
  extractTextWithNames,
  memoryDocument,
} from '../../support/extractText';

const ROOT = join(import.meta.dirname, '../../..');
const FILE = join(ROOT, 'data/lexicon/names-finder.json');

function finder(options: {
  weights?: Record<string, number>;
  types?: Partial<Record<EntityType, Record<string, number>>>;
  named?: Record<string, Majority>;
  shapes?: Record<string, EntityType>;
}): NameFinder {
  return {
    weights: new Map(Object.entries(options.weights ?? {})),
    types: Object.entries(options.types ?? {}).map(([type, weights]) => ({
      type: type as EntityType,
      weights: new Map(Object.entries(weights)),
    })),
    shapes: new Map(Object.entries(options.shapes ?? {}).map(([s, t]) => [s, [t, 0.6] as const])),
    stats: {
      named: (key) => {
        const type = options.named?.[key];
        return type ? [type, 2] : ['none', 0];
      },
      seen: () => 0,
      head: () => ['none', 0],
    },
    declared: declaredTexts(
      Object.entries(options.named ?? {}).flatMap(([key, type]) => (isTyped(type) ? [key] : [])),
    ),
    threshold: 0.5,
  };
}

describe('the shipped name finder', () => {
  it('data/lexicon/names-finder.json was trained on the current gold (else: npm run gold:names -- --write)', async () => {
    const text = await readFile(FILE, 'utf8');
    const file = nameFinderSchema.parse(JSON.parse(text));
    expect(file.gold).toBe(await goldHash(join(ROOT, 'data/gold')));
    expect(formatNameFinder(file)).toBe(text);
    expect(file.weights.length).toBeGreaterThan(100);
    expect(file.types.length).toBeGreaterThan(3);
  });

  it('extract is the rules, the selector, then the name finder where LEARNT_NAMES', async () => {
    const source = await readDocument(
      join(ROOT, 'data/corpus/2023-01-13-us-japan-joint-statement.txt'),
    );
    expect(extract(source)).toEqual(
      finishExtraction(
        extractByRules(source),
        lexicon(),
        selector(),
        LEARNT_NAMES ? nameFinder() : undefined,
      ),
    );
  });
});

describe('the shipped finder on texts the rules leave and the gold declares', () => {
  // Each text is right by the conventions in the gold file that declares it, so the rule tests
  // that leave it out test the rules alone (extractTextByRules).
  const ROWS: [sentence: string, text: string, type: EntityType][] = [
    // A place named for itself is a Region (CONVENTIONS 3.3; gold 2024-04-15).
    [
      'The massacres at Camp Speicher, Mount Sinjar, and Hit shocked the world.',
      'Mount Sinjar',
      'Region',
    ],
    // A court ruling is an Instrument (CONVENTIONS 3.5; gold 2022-03-25).
    [
      'The United States addressed concerns raised by the Court of Justice of the European Union in the Schrems II decision.',
      'Schrems II decision',
      'Instrument',
    ],
    // A form the gold declares of the Program INDUS-X (gold 2025-02-13).
    [
      'They held a U.S.-China dialogue, an Indo-Pacific strategic dialogue, a June trilateral dialogue and the INDUS-X initiative.',
      'INDUS-X initiative',
      'Program',
    ],
  ];
  it.each(ROWS)('%s → %s', (sentence, text, type) => {
    const named = (run: typeof extractTextByRules) =>
      run('Joint Statement', sentence, 'finder-rows').entities.find((e) => e.name === text);
    expect(named(extractTextByRules)).toBeUndefined();
    expect(named(extractTextWithNames)?.type).toBe(type);
  });
});

describe('typeOfName', () => {
  const model = finder({
    types: { Organization: { 'head:systems': 3 }, Program: { 'head:systems': 2.5 } },
    named: { 'bae systems': 'Organization', 'maritime big play': 'Program' },
    shapes: { 'Xx Xx': 'Organization' },
  });
  const cases: [string, 'shape' | 'drop', EntityType, (c: number) => boolean][] = [
    // The other files' type of the very text, sure.
    ['Maritime Big Play', 'drop', 'Program', (c) => c === 1],
    // No gold type: the model's, its share of the types' probabilities as its confidence.
    ['Palantir Systems', 'drop', 'Organization', (c) => c > 0.5 && c < 0.6],
    // Nothing the model knows: an even share, below TYPE_CONFIDENT, so the fallback decides.
    ['Crystal Ball', 'drop', 'Organization', (c) => c === 0.5],
  ];
  it.each(cases)('%s (%s) → %s', (text, fallback, type, confident) => {
    const typed = typeOfName(model, text, fallback);
    expect(typed.type).toBe(type);
    expect(confident(typed.confidence)).toBe(true);
  });

  it('below TYPE_CONFIDENT takes the shape’s commonest type when so set', () => {
    const unsure = finder({
      types: { Event: {}, Program: {}, Region: {} },
      shapes: { 'Xx Xx': 'Region' },
    });
    expect(typeOfName(unsure, 'Crystal Ball', 'shape')).toEqual({ type: 'Region', confidence: 1 });
    expect(typeOfName(unsure, 'Crystal Ball', 'drop').confidence).toBeCloseTo(1 / 3);
    // A shape no training name had: the model's type and share stand.
    expect(typeOfName(unsure, 'FATF Recommendation 15', 'shape').confidence).toBeCloseTo(1 / 3);
  });
});

describe('chooseNames and addFoundNames', () => {
  const TEXT = 'Japan and the United States welcomed the work of Palantir Systems on satellites.';
  const { extraction } = extractByRules(memoryDocument('Joint Statement', TEXT));

  it('keeps a name on p(name) × its type confidence, not on p alone', () => {
    const sure = finder({
      weights: { 'head:systems': 4 },
      types: { Organization: { 'head:systems': 4 }, Program: {} },
    });
    const unsure = finder({
      weights: { 'head:systems': 4 },
      types: { Organization: {}, Program: {} },
    });
    expect(chooseNames(extraction, sure, 0.5, 'drop').map((n) => [n.text, n.type])).toEqual([
      ['Palantir Systems', 'Organization'],
    ]);
    expect(chooseNames(extraction, unsure, 0.5, 'drop')).toEqual([]);
  });

  it("'known' (the default) adds only texts the gold declares, with the gold's type", () => {
    const typed = finder({
      weights: { 'head:systems': 4 },
      types: { Organization: { 'head:systems': 4 }, Program: {} },
    });
    // The type model is sure, but no gold file names the text: nothing.
    expect(chooseNames(extraction, typed)).toEqual([]);
    expect(typeOfName(typed, 'Palantir Systems', 'known').confidence).toBe(0);
    const named = finder({
      weights: { 'head:systems': 4 },
      named: { 'palantir systems': 'Program' },
    });
    expect(chooseNames(extraction, named).map((n) => [n.text, n.type])).toEqual([
      ['Palantir Systems', 'Program'],
    ]);
    // A text the gold calls 'mixed' has no type to take.
    const mixed = finder({
      weights: { 'head:systems': 4 },
      named: { 'palantir systems': 'mixed' },
    });
    expect(chooseNames(extraction, mixed)).toEqual([]);
  });

  it('adds the name as an entity with its mention and in the about of its commitment', () => {
    const model = finder({
      weights: { 'head:systems': 4 },
      types: { Organization: { 'head:systems': 4 }, Program: {} },
    });
    const out = addFoundNames(extraction, extraction, model, 0.5, 'drop');
    const added = out.entities.find((e) => e.name === 'Palantir Systems');
    expect(added?.type).toBe('Organization');
    expect(out.mentions.some((m) => m.entityId === added?.id)).toBe(true);
    expect(out.commitments.some((c) => c.about.includes(added!.id))).toBe(true);
    // Mentions stay in document order.
    expect(out.mentions.map((m) => m.start)).toEqual(
      [...out.mentions.map((m) => m.start)].sort((a, b) => a - b),
    );
  });
});

describe('knownForms', () => {
  const forms = knownForms([
    'Affordable Connectivity Program',
    'Environmental Protection Agency',
    'APEC',
    'Papua New Guinea',
  ]);
  const cases: [string, boolean][] = [
    // A piece of a known name is that entity again.
    ['Connectivity Program', true],
    ['Affordable Connectivity', true],
    // An acronym of a known name's capitalised words, and the long form of a known acronym.
    ['EPA', true],
    ['Asia Pacific Economic Cooperation', true],
    // A longer name around a known one is another thing ("Eastern Mediterranean").
    ['Independent State of Papua New Guinea', false],
    ['Affordable Connectivity Program Act', false],
    ['NSC', false],
    ['Power Africa', false],
  ];
  it.each(cases)('%s → %s', (text, known) => {
    expect(forms.has(text)).toBe(known);
  });
});
