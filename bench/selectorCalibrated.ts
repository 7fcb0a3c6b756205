/**
 * The learnt topic selector with and without its calibration by kind (selector/calibration.ts),
 * out of fold on all gold and on a group of gold basenames (`--group`), in several training
 * orders (SGD's order noise): each fold's model is trained once, its calibration fitted by the
 * inner K-fold over its training files (selectorTraining.ts), and applied or left off.
 *
 *   npx tsx bench/selectorCalibrated.ts --orders 0,1 --thresholds 0.6 --group recent.txt
 */
import { parseArgs } from 'node:util';
import { scoreDocument } from '../ingest/eval/score';
import { foldOf } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { foldModels, goldTraining, readGroup, shownHeader, withGroup } from './selectorFolds';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '0,1' },
      thresholds: { type: 'string', default: '0.6' },
      group: { type: 'string' },
    },
  });
  const group = await readGroup(values.group);
  const { inputs, files } = await goldTraining();
  console.log(shownHeader('setting            order', 24));
  for (const order of values.orders.split(',').map(Number)) {
    const models = foldModels(files, order, undefined);
    console.log(`# order ${order}, fold 0 calibration: ${models[0]!.calibration?.join(' ')}`);
    for (const threshold of values.thresholds.split(',').map(Number)) {
      for (const calibrated of [false, true]) {
        const scores = inputs.map((input) => {
          const { calibration, ...raw } = models[foldOf(input.base)]!;
          const model = { ...(calibrated ? { ...raw, calibration } : raw), threshold };
          return scoreDocument(input.gold, finishExtraction(input.rules, input.lexicon(), model));
        });
        const label = `${calibrated ? 'calibrated' : 'raw'} ${threshold}`.padEnd(18);
        console.log(`${label} ${String(order).padEnd(5)} ${withGroup(scores, inputs, group)}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
