/**
 * The learnt topic selector with and without its ensemble (model.ts `Ensemble`), out of fold on
 * all gold and on a group of gold basenames (`--group`: the newest sealed holdouts). Each fold's
 * one-order model and five-order mean are trained once; the settings only change how they are
 * applied: `single` (the one-order model alone), `alone:T` (the mean alone at threshold T, as
 * session 49 measured it), `union:T,V,L` (the one-order model's choices, vetoed below V by the
 * mean, plus the mean's at T where they hold free words, its lone words at L; L 1: none), and
 * `union:T,V,L:C` the same with only the cuts C barred from additions (wholePhrase.ts; `+` between
 * cuts, `none`: any run may be added, as before session 50's boundary rule).
 *
 *   npx tsx bench/selectorEnsemble.ts --settings 'single;alone:0.6;union:0.5,0.2,0.7' \
 *     --group /work/tools50/recent-holdouts.txt
 */
import { parseArgs } from 'node:util';
import { scoreDocument } from '../ingest/eval/score';
import { foldOf } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import type { Selector } from '../ingest/topics/selector/model';
import { BARRED, type Cut } from '../ingest/topics/selector/wholePhrase';
import { foldModels, goldTraining, readGroup, shownHeader, withGroup } from './selectorFolds';

/** The model a setting applies, made from a fold's model with its ensemble. */
function applied(spec: string, model: Selector): Selector {
  const [kind = '', body = '', cuts] = spec.split(':');
  const [t = 0.6, veto = 0, lone = 1] = body.split(',').map(Number);
  const { ensemble, ...single } = model;
  if (kind === 'single' || !ensemble) return single;
  if (kind === 'alone') return { ...single, weights: ensemble.weights, threshold: t };
  const barred =
    cuts === undefined ? BARRED : new Set(cuts.split('+').filter((c): c is Cut => c !== 'none'));
  return { ...single, ensemble: { ...ensemble, threshold: t, veto, lone, barred } };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      settings: { type: 'string', default: 'single;alone:0.6;union:0.6,0,1' },
      orders: { type: 'string', default: '5' },
      group: { type: 'string' },
    },
  });
  const group = await readGroup(values.group);
  const { inputs, files } = await goldTraining();
  const setting = { orders: Number(values.orders), threshold: 0.6, veto: 0, lone: 1 };
  const models = foldModels(files, 0, undefined, setting);
  console.log(shownHeader('setting', 18));
  for (const spec of values.settings.split(';')) {
    const scores = inputs.map((input) => {
      const model = applied(spec, models[foldOf(input.base)]!);
      return scoreDocument(input.gold, finishExtraction(input.rules, input.lexicon(), model));
    });
    console.log(`${spec.padEnd(18)} ${withGroup(scores, inputs, group)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
