/**
 * `npm run gold:names`: measures, K-fold by file, what a learnt name finder adds to the rules'
 * entities. Every gold file is extracted as `npm run eval` does, its uncovered capitalised spans
 * harvested (nameHarvest.ts) and scored with a model trained on the files of the OTHER folds only
 * (fold = stable hash of the basename; `--folds 126` is leave-one-out); the chosen spans join the
 * extraction as entities (entities/learntApply.ts). The rules are the same in both arms, so the
 * difference of the macro figures estimates what the model adds on unseen text. The type of a
 * new name comes from a second model (one-vs-rest over the gold types), from the rules' head
 * nouns, or from the other gold files' names with that head: all three are reported.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Command } from 'commander';
import { messageOf } from '../../contract/errors';
import type { EntityType } from '../../contract/extraction';
import { addNames, type ChosenName, decodeNames } from '../entities/learntApply';
import { nameFeatures } from '../entities/learntCandidates';
import { probability } from '../topics/selector/model';
import { type Figures, macroFigures } from './figures';
import { addNameStatistics, harvestNames } from './nameHarvest';
import { foldOf, type NamedFile, TYPINGS, type Typing, typeOf } from './nameTyping';
import { formatTable } from './report';
import { GOLD_CORPUS, goldInputs } from './runGold';
import { type DocumentScore, scoreDocument } from './score';
import { train } from './topicModel';

const ROOT = resolve(import.meta.dirname, '../..');

async function load(goldDir: string, folds: number): Promise<NamedFile[]> {
  // The rules' extraction, as eval reads it: extract() would add the shipped topic selector,
  // which was trained on these very files.
  const files: NamedFile[] = (await goldInputs(goldDir, GOLD_CORPUS)).map(
    ({ base, gold, rules }) => ({
      base,
      gold,
      extraction: rules.extraction,
      rows: harvestNames(gold, rules.extraction),
      p: [],
      types: [],
      typeShare: [],
    }),
  );
  addNameStatistics(files);
  const foldAt = files.map((f, i) => foldOf(f.base, i, files.length, folds));
  for (let fold = 0; fold < Math.min(folds, files.length); fold++) {
    const test = files.filter((_, i) => foldAt[i] === fold);
    if (test.length === 0) continue;
    const training = files.filter((_, i) => foldAt[i] !== fold);
    const weights = train(training.flatMap((f) => f.rows));
    const typeModels = typeModelsOf(training);
    for (const file of test) {
      file.p = file.rows.map((row) => probability(weights, row.features));
      const typed = file.rows.map((row) => bestType(typeModels, row.text));
      file.types = typed.map(([type]) => type);
      file.typeShare = typed.map(([, share]) => share);
    }
  }
  return files;
}

/**
 * One-vs-rest: a logistic regression per type over the names (and aliases) every training file
 * declares, by the names' own words (nameFeatures): a few thousand names, where the missing ones
 * alone are a hundred.
 */
function typeModelsOf(training: readonly NamedFile[]) {
  const names: { features: string[]; type: EntityType }[] = [];
  for (const file of training)
    for (const entity of file.gold.entities) {
      if (entity.type === 'Topic') continue;
      for (const form of new Set([entity.name, ...entity.aliases]))
        names.push({ features: nameFeatures(form), type: entity.type });
    }
  const types = [...new Set(names.map((n) => n.type))].sort();
  return types.map((type) => ({
    type,
    weights: train(names.map((n) => ({ features: n.features, label: n.type === type ? 1 : 0 }))),
  }));
}

/** The most probable type and its share of the types' summed probabilities. */
function bestType(models: ReturnType<typeof typeModelsOf>, text: string): [EntityType, number] {
  const features = nameFeatures(text);
  let best: [EntityType, number] = ['Organization', -1];
  let sum = 0;
  for (const { type, weights } of models) {
    const p = probability(weights, features);
    sum += p;
    if (p > best[1]) best = [type, p];
  }
  return [best[0], sum > 0 ? best[1] / sum : 0];
}

function scored(file: NamedFile, threshold: number, typing: Typing, about: boolean): DocumentScore {
  const chosen: ChosenName[] = file.rows.map((row, i) => ({
    text: row.text,
    occurrences: row.occurrences,
    type: typeOf(typing, row, file.types[i]!),
    // joint: the chance that the name is missing AND its type right.
    p:
      typing === 'oracle'
        ? row.label
        : typing === 'joint'
          ? file.p[i]! * file.typeShare[i]!
          : file.p[i]!,
  }));
  return scoreDocument(
    file.gold,
    addNames(file.extraction, decodeNames(chosen, threshold), { about }),
  );
}

const DELTAS = [
  'entityF1',
  'entityPrecision',
  'entityRecall',
  'aboutPrecision',
  'aboutRecall',
] as const;

interface Options {
  gold: string;
  thresholds: string[];
  folds: string;
  sets?: string[];
  dump?: string;
}

async function run(options: Options): Promise<void> {
  const folds = Number(options.folds);
  const files = await load(options.gold, folds);
  const rules = files.map((file) => scoreDocument(file.gold, file.extraction));
  if (options.dump) await dump(options.dump, files);
  const arms: { name: string; scores: DocumentScore[] }[] = [];
  for (const typing of TYPINGS)
    for (const t of typing === 'oracle' ? [1] : options.thresholds.map(Number))
      for (const about of [false, true])
        arms.push({
          name: `${typing} ≥${t}${about ? ' +about' : ''}`,
          scores: files.map((file) => scored(file, t, typing, about)),
        });
  const table = (pick: (i: number) => boolean) => {
    const at = (scores: DocumentScore[]) => macroFigures(scores.filter((_, i) => pick(i)));
    const base = at(rules);
    const rows: { name: string; figures: Figures }[] = [{ name: 'rules', figures: base }];
    const deltas = arms.map(({ name, scores }) => {
      const figures = at(scores);
      rows.push({ name, figures });
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
  console.log(
    `gold:names: ${files.length} files, ${folds} folds, ${total} candidates, ${positives} positive`,
  );
  console.log(table(() => true));
  for (const set of options.sets ?? []) {
    const names = new Set(
      (await readFile(set, 'utf8'))
        .split('\n')
        .map((line) => line.trim().replace(/\.(?:md|txt|json)$/, ''))
        .filter(Boolean),
    );
    console.log(`\n${basename(set)} (${names.size} files)`);
    console.log(table((i) => names.has(files[i]!.base)));
  }
}

/** Every row with its label and out-of-fold probability, for reading the model's errors. */
async function dump(path: string, files: readonly NamedFile[]): Promise<void> {
  const rows = files.flatMap((file) =>
    file.rows.map((row, i) => ({
      file: file.base,
      text: row.text,
      label: row.label,
      type: row.type,
      p: file.p[i],
      modelType: file.types[i],
      features: row.features,
    })),
  );
  await writeFile(path, JSON.stringify(rows));
}

const program = new Command('gold:names')
  .description("K-fold measurement of a learnt name finder added to the rules' entities.")
  .option('--gold <dir>', 'folder of gold JSON files', join(ROOT, 'data/gold'))
  .option('--thresholds <p...>', 'decision thresholds to report', ['0.5', '0.6', '0.7'])
  .option('--folds <k>', 'folds by stable hash of the basename (126 = leave-one-out)', '10')
  .option('--sets <files...>', 'lists of gold basenames to report separately')
  .option('--dump <file>', 'write every row, its label and probability as JSON')
  .action(run);

program.parseAsync().catch((error: unknown) => {
  console.error(messageOf(error));
  process.exitCode = 2;
});
