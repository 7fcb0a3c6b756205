/**
 * `npm run gold:names`: the learnt name finder (entities/nameFinder.ts) measured K-fold by file
 * and, with `--write`, trained on all the gold into data/lexicon/names-finder.json. Every gold
 * file is extracted by the rules as `npm run eval` does, and the finder of the fold that never saw
 * it (fold = eval's stable hash of the basename) adds its names at each threshold asked; the rules
 * are the same in both arms, so the difference of the macro figures estimates what the model adds
 * on unseen text, for either fallback of an unsure type (nameFinder.ts). `oracle` keeps every positive with its gold type: the ceiling of the candidates.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Command } from 'commander';
import { messageOf } from '../../contract/errors';
import { addNames } from '../entities/learntApply';
import { addFoundNames, chooseNames, typeOfName } from '../entities/nameFinder';
import { compileNameFinder, nameKey, statFeatures } from '../entities/nameFinderModel';
import { probability } from '../topics/selector/model';
import { type Figures, macroFigures } from './figures';
import { formatNameFinder, nameTrainingFiles } from './nameFinderFile';
import { trainNameFinder } from './nameFinderTraining';
import { formatTable } from './report';
import { GOLD_CORPUS, goldInputs } from './runGold';
import { type DocumentScore, scoreDocument } from './score';
import { goldHash } from './selectorFile';
import { perFold } from './selectorTraining';

const ROOT = resolve(import.meta.dirname, '../..');
const TARGET = join(ROOT, 'data/lexicon/names-finder.json');

/**
 * Below TYPE_CONFIDENT: the shape's commonest type, or the model's share (dropped); 'known': gold-declared
 * texts only.
 */
const FALLBACKS = ['known', 'drop', 'shape'] as const;

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
  sets?: string[];
  dump?: string;
  write?: boolean;
}

async function run(options: Options): Promise<void> {
  const inputs = await goldInputs(options.gold, GOLD_CORPUS);
  const files = nameTrainingFiles(inputs);
  if (options.write) {
    const file = trainNameFinder(files, await goldHash(options.gold));
    await writeFile(TARGET, formatNameFinder(file));
    console.log(`gold:names: wrote ${TARGET}`);
    return;
  }
  const finderOf = perFold(files, (training, fold) =>
    compileNameFinder(trainNameFinder(training, `fold ${fold}`)),
  );
  const rules = files.map((f) => scoreDocument(f.gold, f.extraction));
  const arms: { name: string; scores: DocumentScore[] }[] = FALLBACKS.flatMap((fallback) =>
    options.thresholds.map((t) => ({
      name: `${fallback} ≥${t}`,
      scores: files.map((f) =>
        scoreDocument(
          f.gold,
          addFoundNames(f.extraction, f.extraction, finderOf(f.base), Number(t), fallback),
        ),
      ),
    })),
  );
  arms.push({
    name: 'oracle',
    scores: files.map((f) => {
      const positives = f.rows.flatMap((row) =>
        row.type ? [{ text: row.text, type: row.type, occurrences: row.occurrences, p: 1 }] : [],
      );
      return scoreDocument(f.gold, addNames(f.extraction, positives, { about: true }));
    }),
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
  console.log(`gold:names: ${files.length} files, ${total} candidates, ${positives} positive`);
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
  if (!options.dump) return;
  // Every row with its label, out-of-fold probability and type, whether it was chosen, and its
  // features (to read the wrong choices by cause).
  const dump = files.flatMap((f) => {
    const finder = finderOf(f.base);
    const chosen = new Set(chooseNames(f.extraction, finder).map((c) => c.text));
    return f.rows.map((row) => ({
      file: f.base,
      text: row.text,
      label: row.label,
      type: row.type,
      p: probability(finder.weights, [
        ...row.features,
        ...statFeatures(nameKey(row.text), finder.stats),
      ]),
      typed: typeOfName(finder, row.text),
      chosen: chosen.has(row.text),
      features: row.features,
    }));
  });
  await writeFile(options.dump, JSON.stringify(dump));
}

const program = new Command('gold:names')
  .description(
    'K-fold measurement of the learnt name finder over the rules, or --write: train it on the gold.',
  )
  .option('--gold <dir>', 'folder of gold JSON files', join(ROOT, 'data/gold'))
  .option('--thresholds <p...>', 'thresholds on p(name) × type confidence', ['0.4', '0.5', '0.6'])
  .option('--sets <files...>', 'lists of gold basenames to report separately')
  .option('--dump <file>', 'write every row, its label, out-of-fold probability and type as JSON')
  .option('--write', 'train on every gold file and write data/lexicon/names-finder.json')
  .action(run);

program.parseAsync().catch((error: unknown) => {
  console.error(messageOf(error));
  process.exitCode = 2;
});
