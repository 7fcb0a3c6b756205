/**
 * The learnt topic selector's training settings and thresholds, read over several file orders
 * (SGD's order noise) on all gold and on a group of gold basenames (`--group`, one a line: the
 * newest sealed holdouts). A setting is "name:key=value,…" over TrainOptions (epochs, l2, rate,
 * average, positiveWeight); every setting's fold models are applied at each threshold given.
 *
 *   npx tsx bench/selectorVariants.ts --settings 'base:,pw2:positiveWeight=2' \
 *     --thresholds 0.6,0.5 --orders 0,1,2 --group /work/tools48/recent-holdouts.txt
 */
import { parseArgs } from 'node:util';
import { scoreDocument } from '../ingest/eval/score';
import { foldOf } from '../ingest/eval/selectorTraining';
import { DEFAULT_TRAINING, type TrainOptions } from '../ingest/eval/topicModel';
import { finishExtraction } from '../ingest/extract';
import { foldModels, goldTraining, readGroup, shownHeader, withGroup } from './selectorFolds';

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
  const group = await readGroup(values.group);
  const { inputs, files } = await goldTraining();
  const thresholds = values.thresholds.split(',').map(Number);
  console.log(shownHeader('setting      thr   order', 26));
  for (const [name, options] of values.settings.split(';').map(setting)) {
    for (const order of values.orders.split(',').map(Number)) {
      const models = foldModels(files, order, options);
      for (const threshold of thresholds) {
        const scores = inputs.map((input) => {
          const model = { ...models[foldOf(input.base)]!, threshold };
          return scoreDocument(input.gold, finishExtraction(input.rules, input.lexicon(), model));
        });
        const label = `${name.padEnd(12)} ${threshold.toFixed(2)}  ${String(order).padEnd(5)}`;
        console.log(`${label} ${withGroup(scores, inputs, group)}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
