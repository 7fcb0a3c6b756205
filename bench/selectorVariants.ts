/**
 * The learnt topic selector's training settings and thresholds, read over several file orders
 * (SGD's order noise) on all gold and on a group of gold basenames (`--group`, one a line: the
 * newest sealed holdouts). A setting is "name:key=value,…" over TrainOptions (epochs, l2, rate,
 * average, positiveWeight); every setting's fold models are applied at each threshold given.
 *
 *   npx tsx bench/selectorVariants.ts --settings 'base:,pw2:positiveWeight=2' \
 *     --thresholds 0.6,0.5 --orders 0,1,2 --group /work/tools48/recent-holdouts.txt
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { scoreDocument } from '../ingest/eval/score';
import { foldOf, trainingFile } from '../ingest/eval/selectorTraining';
import { DEFAULT_TRAINING, type TrainOptions } from '../ingest/eval/topicModel';
import { finishExtraction } from '../ingest/extract';
import { foldModels, SHOWN, shownMacro } from './selectorFolds';

/** "pw2:positiveWeight=2,l2=0.001" → its name and options over the default training. */
function setting(spec: string): [string, TrainOptions] {
  const [name = spec, body = ''] = spec.split(':');
  const options: Record<string, number> = {};
  for (const pair of body.split(',').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    options[key] = Number(value);
  }
  return [name, { ...DEFAULT_TRAINING, ...options }];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      settings: { type: 'string', default: 'base:' },
      thresholds: { type: 'string', default: '0.6' },
      orders: { type: 'string', default: '0,1,2' },
      group: { type: 'string' },
    },
  });
  const group = new Set(
    values.group ? (await readFile(values.group, 'utf8')).split('\n').filter(Boolean) : [],
  );
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const lexicons = inputs.map((i) => i.lexicon);
  const files = inputs.map((i) => trainingFile(i));
  const thresholds = values.thresholds.split(',').map(Number);
  console.log(
    `setting      thr   order  ${SHOWN.map((m) => m.slice(0, 9).padStart(9)).join(' ')}   | group`,
  );
  for (const [name, options] of values.settings.split(';').map(setting)) {
    for (const order of values.orders.split(',').map(Number)) {
      const models = foldModels(files, order, options);
      for (const threshold of thresholds) {
        const scores = inputs.map((input, n) => {
          const model = { ...models[foldOf(input.base)]!, threshold };
          return scoreDocument(input.gold, finishExtraction(input.rules, lexicons[n]!(), model));
        });
        const mine = scores.filter((_, n) => group.has(inputs[n]!.base));
        console.log(
          `${name.padEnd(12)} ${threshold.toFixed(2)}  ${String(order).padEnd(5)} ${shownMacro(scores)}   | ${mine.length > 0 ? shownMacro(mine) : ''}`,
        );
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
