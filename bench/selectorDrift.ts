/**
 * How much the learnt topic selector drifts when its training input moves a little: every merge
 * that changes a few candidate rows and regenerates the model changed topics on statements the
 * change never touched. For each training variant: the model of the whole gold and the models of
 * the gold less one file (the files at five evenly spaced places of the name order, a fixed rule)
 * and less nothing but in another order (the rows reversed) are applied to unheld statements, and
 * the topics that differ from the whole gold's model are counted. Beside it, the 10-fold figures
 * of `npm run eval` (topic P / R / F1, about P / R) on all files and on a listed group.
 *
 *   npx tsx bench/selectorDrift.ts --sample LIST --archive DIR [--group FILE] [--variants a,b]
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Figures, macroFigures } from '../ingest/eval/figures';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { scoreDocument } from '../ingest/eval/score';
import {
  FOLDS,
  foldOf,
  type TrainingFile,
  trainingFile,
  trainSelector,
} from '../ingest/eval/selectorTraining';
import { DEFAULT_TRAINING, type TrainOptions } from '../ingest/eval/topicModel';
import { extractByRules } from '../ingest/extract';
import { lexicon } from '../ingest/lexicon';
import { readDocument } from '../ingest/read';
import { selectTopics } from '../ingest/topics/selector/apply';
import { compileSelector, type Selector } from '../ingest/topics/selector/model';

const BASE: TrainOptions = DEFAULT_TRAINING;

/** The variants measured (session 22); `base` is the training of session 20. */
const VARIANTS: Record<string, TrainOptions> = {
  base: BASE,
  avg3: { ...BASE, average: 3 },
  avg5: { ...BASE, average: 5 },
  avg10: { ...BASE, average: 10 },
  ep20: { ...BASE, epochs: 20 },
  ep20avg10: { ...BASE, epochs: 20, average: 10 },
  l2x10: { ...BASE, l2: 1e-3 },
  orders3: { ...BASE, orders: 3 },
  orders5: { ...BASE, orders: 5 },
  orders3avg5: { ...BASE, orders: 3, average: 5 },
  orders5avg5: { ...BASE, orders: 5, average: 5 },
  sh1: { ...BASE, orders: 1, shuffled: true },
  sh1avg5: { ...BASE, orders: 1, shuffled: true, average: 5 },
  sh3avg5: { ...BASE, orders: 3, shuffled: true, average: 5 },
  sh5avg5: { ...BASE, orders: 5, shuffled: true, average: 5 },
  sh3avg5l2: { ...BASE, orders: 3, shuffled: true, average: 5, l2: 1e-3 },
  sh5: { ...BASE, orders: 5, shuffled: true },
  orders5avg10: { ...BASE, orders: 5, average: 10 },
  sh5avg10: { ...BASE, orders: 5, shuffled: true, average: 10 },
  avg10r5: { ...BASE, average: 10, rate: 0.5 },
  ep20avg20: { ...BASE, epochs: 20, average: 20 },
  ep20avg20r5: { ...BASE, epochs: 20, average: 20, rate: 0.5 },
  ep20avg15: { ...BASE, epochs: 20, average: 15 },
  sh8avg5: { ...BASE, orders: 8, shuffled: true, average: 5 },
};

const SHOWN: readonly (keyof Figures)[] = [
  'topicPrecision',
  'topicRecall',
  'topicF1',
  'aboutPrecision',
  'aboutRecall',
];

async function archiveFiles(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true }))
    if (entry.endsWith('.md')) found.set(basename(entry), join(dir, entry));
  return found;
}

/** Per statement, the names of its topics (what the sample diff and an analyst see). */
function topicsOf(sample: readonly Sampled[], model: Selector): Set<string>[] {
  return sample.map(({ rules }) => {
    const extraction = selectTopics(rules.extraction, rules.terms, lexicon(), model);
    return new Set(extraction.entities.filter((e) => e.type === 'Topic').map((e) => e.name));
  });
}

function differing(a: readonly Set<string>[], b: readonly Set<string>[]): number {
  let n = 0;
  a.forEach((set, i) => {
    const other = b[i]!;
    for (const name of set) if (!other.has(name)) n++;
    for (const name of other) if (!set.has(name)) n++;
  });
  return n;
}

type Sampled = { rules: ReturnType<typeof extractByRules> };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sample: { type: 'string' },
      archive: { type: 'string' },
      group: { type: 'string' },
      variants: { type: 'string', default: Object.keys(VARIANTS).join(',') },
      held: { type: 'string', default: '5' },
    },
  });
  if (!values.sample || !values.archive) throw new Error('selectorDrift: --sample and --archive');
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const found = await archiveFiles(values.archive);
  const names = (await readFile(values.sample, 'utf8')).split('\n').filter(Boolean);
  const sample: Sampled[] = [];
  for (const name of names) {
    const path = found.get(name.endsWith('.md') ? name : `${name}.md`);
    if (path) sample.push({ rules: extractByRules(await readDocument(path)) });
  }
  const group = values.group
    ? new Set((await readFile(values.group, 'utf8')).split('\n').map((l) => l.trim()))
    : new Set<string>();
  const heldCount = Number(values.held);
  const held = Array.from(
    { length: heldCount },
    (_, i) => files[Math.floor(((i + 0.5) * files.length) / heldCount)]!.base,
  );
  console.log(`${sample.length} sample statements; held out one at a time: ${held.join(' ')}`);
  for (const name of values.variants.split(',')) {
    const options = VARIANTS[name];
    if (!options) throw new Error(`selectorDrift: no variant ${name}`);
    const model = (training: readonly TrainingFile[], label: string) =>
      compileSelector(trainSelector(training, label, undefined, options));
    const started = performance.now();
    const full = topicsOf(sample, model(files, 'all'));
    const trainMs = performance.now() - started;
    const added = full.reduce((n, set) => n + set.size, 0);
    const drift = held.map((base) =>
      differing(
        full,
        topicsOf(
          sample,
          model(
            files.filter((f) => f.base !== base),
            base,
          ),
        ),
      ),
    );
    // A merge's usual change: a few candidate rows of one file (here its first three) gone.
    const rowDrift = held.map((base) =>
      differing(
        full,
        topicsOf(
          sample,
          model(
            files.map((f) =>
              f.base === base ? { ...f, rows: f.rows.slice(3), labels: f.labels.slice(3) } : f,
            ),
            base,
          ),
        ),
      ),
    );
    const reversed = files.map((f) => ({
      ...f,
      rows: [...f.rows].reverse(),
      labels: [...f.labels].reverse(),
    }));
    const order = differing(full, topicsOf(sample, model([...reversed].reverse(), 'reversed')));
    const folds = Array.from({ length: FOLDS }, (_, fold) =>
      model(
        files.filter((file) => foldOf(file.base) !== fold),
        `fold ${fold}`,
      ),
    );
    const scores = inputs.map((i) => {
      const extraction = selectTopics(
        i.rules.extraction,
        i.rules.terms,
        i.lexicon(),
        folds[foldOf(i.base)]!,
      );
      return [i.base, scoreDocument(i.gold, extraction)] as const;
    });
    const figures = (keep: (base: string) => boolean) => {
      const macro = macroFigures(scores.filter(([b]) => keep(b)).map(([, s]) => s));
      return SHOWN.map((m) => ((macro[m] ?? 0) * 100).toFixed(2)).join(' / ');
    };
    const mean = drift.reduce((a, b) => a + b, 0) / drift.length;
    console.log(
      `${name.padEnd(12)} topics ${added}  drift ${drift.join(',')} mean ${mean.toFixed(1)}  rows ${rowDrift.join(',')}  order ${order}  train+apply ${trainMs.toFixed(0)} ms`,
    );
    console.log(`${''.padEnd(12)} ALL  P/R/F1/aboutP/aboutR ${figures(() => true)}`);
    if (group.size > 0)
      console.log(`${''.padEnd(12)} LIST P/R/F1/aboutP/aboutR ${figures((b) => group.has(b))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
