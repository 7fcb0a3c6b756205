import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldDocument } from '../../../ingest/eval/goldSchema';
import { goldTopicConcepts } from '../../../ingest/eval/goldTopics';
import { goldTopicsFile, MIN_GOLD_FILES } from '../../../ingest/eval/goldTopicsFile';
import { extract } from '../../../ingest/extract';
import { curatedLexicon, lexicon, lexiconWithout, withLexicon } from '../../../ingest/lexicon';
import { foldLabel } from '../../../ingest/topics/thesaurus';
import { memoryDocument } from '../../support/extractText';

const ROOT = join(import.meta.dirname, '../../..');

function gold(topics: { name: string; aliases?: string[] }[]): GoldDocument {
  return {
    document: { title: 't' },
    entities: topics.map((t) => ({ name: t.name, type: 'Topic', aliases: t.aliases ?? [] })),
    relations: [],
    commitments: [],
  } as unknown as GoldDocument;
}

const concepts = (golds: { file: string; gold: GoldDocument }[], taken = new Set<string>()) =>
  goldTopicConcepts(golds, 2, foldLabel, (key) => taken.has(key));

describe('gold-topic gazetteer: what becomes a concept', () => {
  it('keeps a topic two files name, with both files, and drops one only one file names', () => {
    const result = concepts([
      { file: 'a', gold: gold([{ name: 'energy security' }, { name: 'port decarbonization' }]) },
      { file: 'b', gold: gold([{ name: 'Energy Security', aliases: ['security of energy'] }]) },
    ]);
    expect(result).toEqual([
      {
        label: 'energy security',
        altLabels: ['Energy Security', 'security of energy'],
        files: ['a', 'b'],
        // The alias, not the spelling of the label, keeps the files that declare it.
        aliasFiles: { 'security of energy': ['b'] },
        unannotated: [],
      },
    ]);
  });

  it('skips one-word topics and one-word aliases, but keeps acronyms', () => {
    const result = concepts([
      {
        file: 'a',
        gold: gold([
          { name: 'security' },
          { name: 'research and development', aliases: ['R&D', 'research'] },
        ]),
      },
      { file: 'b', gold: gold([{ name: 'security' }, { name: 'research and development' }]) },
    ]);
    expect(result.map((c) => c.label)).toEqual(['research and development']);
    expect(result[0]!.altLabels).toEqual(['R&D']);
  });

  it('leaves the curated lexicon its names, and gives each alias to one concept', () => {
    const taken = new Set([foldLabel('supply chain resilience')]);
    const result = concepts(
      [
        {
          file: 'a',
          gold: gold([
            { name: 'supply chain resilience' },
            { name: 'critical minerals', aliases: ['critical materials'] },
            { name: 'critical materials' },
          ]),
        },
        {
          file: 'b',
          gold: gold([
            { name: 'supply chain resilience' },
            { name: 'critical minerals' },
            { name: 'critical materials' },
          ]),
        },
      ],
      taken,
    );
    expect(result.map((c) => c.label)).toEqual(['critical materials', 'critical minerals']);
    expect(result.flatMap((c) => c.altLabels)).not.toContain('critical materials');
  });
});

describe('gold-topic gazetteer: the data file and the lexicon', () => {
  it('data/lexicon/topics-gold.json is what `npm run gold:topics` makes of data/gold', async () => {
    const committed = await readFile(join(ROOT, 'data/lexicon/topics-gold.json'), 'utf8');
    expect(committed).toBe(await goldTopicsFile(join(ROOT, 'data/gold')));
    // It reads every gold file (357 in session 31): a data check, not a timed one, so a busy
    // machine (CI's two cores) must not fail it on the unit project's 5 s default.
  }, 60_000);

  it('withholding a gold file drops the topics only it and one other support', async () => {
    const file = JSON.parse(
      await readFile(join(ROOT, 'data/lexicon/topics-gold.json'), 'utf8'),
    ) as {
      concepts: { label: string; files: string[]; unannotated: string[] }[];
    };
    const clean = file.concepts.filter((c) => c.unannotated.length === 0);
    const thin = clean.find((c) => c.files.length === MIN_GOLD_FILES);
    const broad = clean.find((c) => c.files.length > MIN_GOLD_FILES);
    expect(thin && broad).toBeTruthy();
    const has = (lex: ReturnType<typeof lexicon>, label: string) =>
      lex.learnt.some((topic) => topic.label === label);
    expect(has(lexicon(), thin!.label)).toBe(true);
    expect(has(lexiconWithout(thin!.files[0]!), thin!.label)).toBe(false);
    expect(has(lexiconWithout(broad!.files[0]!), broad!.label)).toBe(true);
    expect(has(curatedLexicon(), thin!.label)).toBe(false);
  });

  it('withholding a gold file drops the aliases only it declares, not the concept', async () => {
    const file = JSON.parse(
      await readFile(join(ROOT, 'data/lexicon/topics-gold.json'), 'utf8'),
    ) as {
      concepts: { label: string; files: string[]; aliasFiles: Record<string, string[]> }[];
    };
    const names = (lex: ReturnType<typeof lexicon>, label: string) =>
      lex.learnt.find((topic) => topic.label === label)?.names ?? [];
    // A concept three files name, with an alias one of them alone declares.
    let checked = 0;
    for (const concept of file.concepts.filter((c) => c.files.length > MIN_GOLD_FILES)) {
      const own = Object.entries(concept.aliasFiles).find(([, from]) => from.length === 1);
      if (!own || !names(lexicon(), concept.label).includes(own[0])) continue;
      const without = names(lexiconWithout(own[1][0]!), concept.label);
      expect(without).toContain(concept.label);
      expect(without).not.toContain(own[0]);
      if (++checked === 3) break;
    }
    expect(checked).toBe(3);
  });

  it('learns no concept the gold passes over as often as it names it', async () => {
    const file = JSON.parse(
      await readFile(join(ROOT, 'data/lexicon/topics-gold.json'), 'utf8'),
    ) as {
      minPrecision: number;
      concepts: { label: string; files: string[]; unannotated: string[] }[];
    };
    const loose = file.concepts.find(
      (c) => c.files.length < file.minPrecision * (c.files.length + c.unannotated.length),
    );
    expect(loose).toBeDefined();
    expect(lexicon().learnt.some((topic) => topic.label === loose!.label)).toBe(false);
  });

  it('withLexicon scopes the lexicon every module reads, and restores it after a throw', () => {
    const curated = curatedLexicon();
    const before = lexicon();
    expect(withLexicon(curated, () => lexicon())).toBe(curated);
    expect(() =>
      withLexicon(curated, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(lexicon()).toBe(before);
  });

  it('finds topics the gold named, where the phrase rules alone leave the words', async () => {
    const doc = memoryDocument(
      'Joint Statement',
      'The United States and Mexico committed to a partnership grounded in mutual respect and to the protection of labor rights.',
      'x',
    );
    const topics = (lex: ReturnType<typeof lexicon>) =>
      withLexicon(lex, () => extract(doc))
        .entities.filter((e) => e.type === 'Topic')
        .map((e) => e.name);
    const withoutGold = topics(curatedLexicon());
    const withGold = topics(lexicon());
    expect(withoutGold).not.toContain('mutual respect');
    expect(withGold).toEqual([...withoutGold, 'mutual respect']);
  });
});
