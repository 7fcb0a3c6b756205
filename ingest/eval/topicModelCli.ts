/**
 * `npm run gold:model`: measures, leave-one-out, what a learnt topic selector adds to the rules.
 * Every gold file is extracted as `npm run eval` does (its own gold-learnt topics withheld), its
 * candidates harvested (topicHarvest.ts), and scored with a model trained on the OTHER files
 * only; the model's topics join the rules' (it only fills their silences). Since the rules are
 * the same in both arms, the difference of the macro figures estimates what the model adds on
 * unseen text. Prints the rules alone and rules + model per threshold, and with `--sets FILE...`
 * (lists of gold basenames, one a line) the same per set. Measurement only: extract() does not
 * run the model (README, "A learnt topic selector").
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Command } from 'commander';
import { messageOf } from '../../contract/errors';
import type { Extraction } from '../../contract/extraction';
import { entityIdFor } from '../entities/candidateAt';
import { extract } from '../extract';
import { type Lexicon, lexiconWithout, withLexicon } from '../lexicon';
import { readDocument } from '../read';
import { conceptFor } from '../topics/thesaurus';
import type { Figures } from './figures';
import { macroFigures } from './figures';
import { type GoldDocument, loadGold } from './goldSchema';
import { formatTable } from './report';
import { corpusFileFor } from './runGold';
import { type DocumentScore, scoreDocument } from './score';
import { addGoldStatistics, harvest, type Row } from './topicHarvest';
import { decode, probability, train } from './topicModel';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = ['data/corpus', 'data/corpus-wh-dprk', 'data/corpus-wh-gold'].map((d) =>
  join(ROOT, d),
);

interface File {
  base: string;
  gold: GoldDocument;
  lexicon: Lexicon;
  extraction: Extraction;
  rows: Row[];
  p: number[];
}

/** The extraction with the chosen candidates as topics of their commitments. */
function withTopics(file: File, chosen: readonly Row[]): Extraction {
  const out = structuredClone(file.extraction);
  const ids = new Set(out.entities.map((e) => e.id));
  for (const row of chosen) {
    // Lowercase unless proper, as the rules name topics.
    const name = row.text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    const id = conceptFor(file.lexicon, name) ?? entityIdFor('Topic', name);
    if (!ids.has(id)) {
      ids.add(id);
      const known = file.lexicon.entities.get(id)?.name;
      out.entities.push({ id, type: 'Topic', name: known ?? name, aliases: [row.text] });
    }
    const about = out.commitments[row.commitment]!.about;
    if (!about.includes(id)) about.push(id);
  }
  return out;
}

async function load(goldDir: string): Promise<File[]> {
  const names = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const files: File[] = [];
  for (const name of names) {
    const base = basename(name, '.json');
    const gold = await loadGold(join(goldDir, name));
    const doc = await readDocument(await corpusFileFor(CORPUS, base));
    const lexicon = lexiconWithout(base);
    const extraction = withLexicon(lexicon, () => extract(doc));
    const rows = withLexicon(lexicon, () => harvest(gold, extraction, lexicon));
    files.push({ base, gold, lexicon, extraction, rows, p: [] });
  }
  addGoldStatistics(files);
  for (const file of files) {
    const weights = train(files.filter((other) => other !== file).flatMap((other) => other.rows));
    file.p = file.rows.map((row) => probability(weights, row.features));
  }
  return files;
}

function scored(file: File, threshold: number): DocumentScore {
  const candidates = file.rows.map((row, i) => ({ ...row, p: file.p[i]! }));
  return scoreDocument(file.gold, withTopics(file, decode(candidates, threshold)));
}

/** The figures the acceptance reads, as differences to two decimals. */
const DELTAS = [
  'topicF1',
  'topicPrecision',
  'topicRecall',
  'aboutPrecision',
  'aboutRecall',
  'lensPrecision',
  'lensRecall',
] as const;

interface Options {
  gold: string;
  thresholds: string[];
  sets?: string[];
}

async function run(options: Options): Promise<void> {
  const files = await load(options.gold);
  const thresholds = options.thresholds.map(Number);
  const rules = files.map((file) => scoreDocument(file.gold, file.extraction));
  const model = new Map(thresholds.map((t) => [t, files.map((file) => scored(file, t))]));
  const table = (pick: (i: number) => boolean) => {
    const at = (scores: DocumentScore[]) => macroFigures(scores.filter((_, i) => pick(i)));
    const rows: { name: string; figures: Figures }[] = [{ name: 'rules', figures: at(rules) }];
    for (const [t, scores] of model) rows.push({ name: `+model ≥${t}`, figures: at(scores) });
    const base = rows[0]!.figures;
    const deltas = rows.slice(1).map(({ name, figures }) => {
      const d = (metric: (typeof DELTAS)[number]) => {
        const value = (figures[metric] ?? 0) - (base[metric] ?? 0);
        return `${metric} ${value >= 0 ? '+' : ''}${(100 * value).toFixed(2)}`;
      };
      return `Δ ${name}: ${DELTAS.map(d).join(', ')}`;
    });
    return [formatTable(rows), ...deltas].join('\n');
  };
  const positives = files.reduce((n, f) => n + f.rows.filter((r) => r.label).length, 0);
  const total = files.reduce((n, f) => n + f.rows.length, 0);
  console.log(`gold:model: ${files.length} files, ${total} candidates, ${positives} positive`);
  console.log(table(() => true));
  const union = new Set<string>();
  for (const set of options.sets ?? []) {
    const names = new Set(
      (await readFile(set, 'utf8'))
        .split('\n')
        .map((line) => line.trim().replace(/\.(?:md|txt)$/, ''))
        .filter(Boolean),
    );
    for (const name of names) union.add(name);
    console.log(`\n${basename(set)} (${names.size} files)`);
    console.log(table((i) => names.has(files[i]!.base)));
  }
  if ((options.sets?.length ?? 0) > 1) {
    console.log(`\nevery set above (${union.size} files)`);
    console.log(table((i) => union.has(files[i]!.base)));
  }
}

const program = new Command('gold:model')
  .description('Leave-one-out measurement of a learnt topic selector added to the topic rules.')
  .option('--gold <dir>', 'folder of gold JSON files', join(ROOT, 'data/gold'))
  .option('--thresholds <p...>', 'decision thresholds to report', ['0.4', '0.5', '0.6', '0.7'])
  .option('--sets <files...>', 'lists of gold basenames to report separately')
  .action(run);

program.parseAsync().catch((error: unknown) => {
  console.error(messageOf(error));
  process.exitCode = 2;
});
