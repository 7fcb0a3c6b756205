/**
 * The learnt topic selector's learning curve: is more gold the lever? Each statement is extracted
 * once by the rules; for every fraction, each fold's model (the folds of `npm run eval`) is trained
 * on that share of its training files, drawn with a fixed seed, and applied to the fold's files
 * through the steps `extract()` finishes with (`finishExtraction`). Prints macro topic F1 and
 * about P / R on all files and on the groups given (a JSON object: group name → gold basenames;
 * "+"-joined names are unions).
 *
 *   npx tsx bench/selectorCurve.ts --groups groups.json --fractions 0.25,0.5,0.75,1 --seeds 1,2,3
 *   npx tsx bench/selectorCurve.ts --fractions 1 --order 3 --threshold 0.6   # one training order
 */
import { readFile } from 'node:fs/promises';
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
import { finishExtraction } from '../ingest/extract';
import { compileSelector } from '../ingest/topics/selector/model';
import { shuffledCopy } from './rng';

const SHOWN: readonly (keyof Figures)[] = [
  'topicPrecision',
  'topicRecall',
  'topicF1',
  'aboutPrecision',
  'aboutRecall',
  'lensPrecision',
];

/**
 * A seeded draw of `share` of `files` (Fisher–Yates on a copy, then the first ones), in their
 * original order (SGD is order-sensitive, and only the subset should vary) unless `shuffled`.
 */
function draw(
  files: readonly TrainingFile[],
  share: number,
  seed: number,
  shuffled: boolean,
): TrainingFile[] {
  const out = shuffledCopy(files, seed);
  const kept = new Set(out.slice(0, Math.round(share * out.length)));
  return (shuffled ? out : files).filter((file) => kept.has(file));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      groups: { type: 'string' },
      fractions: { type: 'string', default: '0.25,0.5,0.75,1' },
      seeds: { type: 'string', default: '1,2,3' },
      gold: { type: 'string', default: 'data/gold' },
      // Train in a seeded order (0: the files' order, as eval trains): SGD's order noise.
      order: { type: 'string', default: '0' },
      threshold: { type: 'string' },
    },
  });
  const groups: Record<string, string[]> = values.groups
    ? JSON.parse(await readFile(values.groups, 'utf8'))
    : {};
  const order = Number(values.order);
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  const inputs = await goldInputs(values.gold, GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const sets: [string, Set<string>][] = [['ALL', new Set(inputs.map((i) => i.base))]];
  for (const [name, list] of Object.entries(groups)) sets.push([name, new Set(list)]);
  const union = Object.keys(groups).join('+');
  if (Object.keys(groups).length > 1) sets.push([union, new Set(Object.values(groups).flat())]);
  console.log(`fraction seed  set        ${SHOWN.map((m) => m.slice(0, 9).padStart(9)).join(' ')}`);
  for (const fraction of values.fractions.split(',').map(Number)) {
    const seeds = fraction >= 1 || fraction === 0 ? [0] : values.seeds.split(',').map(Number);
    for (const seed of seeds) {
      const models = Array.from({ length: FOLDS }, (_, fold) => {
        const training = files.filter((file) => foldOf(file.base) !== fold);
        const drawn = draw(training, fraction, (seed + order) * 100 + fold, order > 0);
        return compileSelector(trainSelector(drawn, `fold ${fold}`, threshold));
      });
      const scores = new Map(
        inputs.map((i) => {
          const model = models[foldOf(i.base)]!;
          // Fraction 0: the rules alone.
          const extraction = finishExtraction(
            i.rules,
            i.lexicon(),
            fraction > 0 ? model : undefined,
          );
          return [i.base, scoreDocument(i.gold, extraction)] as const;
        }),
      );
      for (const [name, set] of sets) {
        const macro = macroFigures([...scores].filter(([b]) => set.has(b)).map(([, s]) => s));
        const shown = SHOWN.map((m) => ((macro[m] ?? 0) * 100).toFixed(2).padStart(9));
        console.log(
          `${String(fraction).padEnd(8)} ${String(seed).padEnd(5)} ${name.padEnd(10)} ${shown.join(' ')}`,
        );
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
