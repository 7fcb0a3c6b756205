/**
 * The learnt topic selector's training settings over several file orders: SGD is order-sensitive,
 * so a setting is read by its mean (and spread) over orders, not by one order's lottery. Each gold
 * statement is extracted once; for every setting and order the ten fold models of `npm run eval`
 * are trained and applied. `--probe` also prints, for sentences given one a line in a file, the
 * candidates each setting's whole-gold model scores and the features that moved most between them.
 *
 *   npx tsx bench/selectorOrders.ts --settings base,sh5 --orders 0,1,2 [--probe sentences.txt]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { scoreDocument } from '../ingest/eval/score';
import {
  foldOf,
  type TrainingFile,
  trainingFile,
  trainSelector,
} from '../ingest/eval/selectorTraining';
import { DEFAULT_TRAINING, type TrainOptions } from '../ingest/eval/topicModel';
import { extractByRules, finishExtraction } from '../ingest/extract';
import { lexicon as loadLexicon } from '../ingest/lexicon';
import { TOPIC_QUALITY } from '../ingest/rules/topicQuality';
import { rowGoldFeatures } from '../ingest/topics/selector/goldFeatures';
import { compileSelector, probability, type Selector } from '../ingest/topics/selector/model';
import { candidateRows } from '../ingest/topics/selector/rows';
import { foldLabel } from '../ingest/topics/thesaurus';
import { memoryDocument } from '../tests/support/extractText';
import { foldModels, SHOWN, shownMacro } from './selectorFolds';

const BASE: TrainOptions = DEFAULT_TRAINING;

/** The settings compared, by name. */
const SETTINGS: Record<string, TrainOptions> = {
  base: BASE,
  sh1: { ...BASE, orders: 1, shuffled: true },
  sh5: { ...BASE, orders: 5, shuffled: true },
  avg5: { ...BASE, average: 5 },
  e20avg10: { ...BASE, epochs: 20, average: 10 },
  sh5avg5: { ...BASE, orders: 5, shuffled: true, average: 5 },
};

function probe(sentences: readonly string[], models: [string, Selector][]): void {
  const lexicon = loadLexicon();
  for (const sentence of sentences) {
    const doc = memoryDocument(
      'Readout of President Biden’s Call with Prime Minister Kishida of Japan',
      `President Joe Biden spoke with Prime Minister Kishida Fumio of Japan today.\n\n${sentence}`,
    );
    const rules = extractByRules(doc);
    console.log(`\n# ${sentence}`);
    for (const [name, model] of models) {
      const lone = (text: string) => model.stats.named(foldLabel(text.toLowerCase())) >= 2;
      for (const row of candidateRows(rules.extraction, rules.terms, lexicon, lone)) {
        const features = [...row.features, ...rowGoldFeatures(row, model.stats)];
        const p = probability(model.weights, features);
        const [, other] = models.find(([n]) => n !== name) ?? [name, model];
        const moved = features
          .map((f) => [f, model.weights.get(f) ?? 0, other.weights.get(f) ?? 0] as const)
          .sort((x, y) => Math.abs(y[1] - y[2]) - Math.abs(x[1] - x[2]))
          .slice(0, 6)
          .map(([f, w, o]) => `${f} ${w.toFixed(2)} (${o.toFixed(2)})`);
        console.log(`  ${name.padEnd(8)} ${p.toFixed(3)} ${row.text}  | ${moved.join('; ')}`);
      }
    }
  }
}

/**
 * How often the gold names a lone list agent (listAgents) and a participle before a
 * domainVacuousHeads head: every training row's label, by the row's list context.
 */
function counts(files: readonly TrainingFile[]): void {
  const tally = new Map<string, [number, number]>();
  const add = (key: string, label: number) => {
    const t = tally.get(key) ?? [0, 0];
    t[label === 1 ? 0 : 1]++;
    tally.set(key, t);
  };
  for (const file of files)
    file.rows.forEach((row, i) => {
      const label = file.labels[i]!;
      const lower = row.text.toLowerCase();
      const words = lower.split(' ');
      if (words.length === 1 && TOPIC_QUALITY.listAgents.has(lower)) {
        const item = row.features.includes('loneItem:true');
        const listed = row.features.includes('listed:true');
        add(`listAgent ${item ? 'item' : listed ? 'listed' : 'free'}`, label);
        add(`listAgent ${item ? 'item' : listed ? 'listed' : 'free'} ${lower}`, label);
      }
      if (
        words.length === 2 &&
        TOPIC_QUALITY.domainVacuousHeads.has(words[1]!) &&
        TOPIC_QUALITY.ingKinds.has(words[0]!)
      )
        add(`ingKind+domainVacuous ${lower}`, label);
    });
  for (const [key, [named, not]] of [...tally].sort())
    console.log(`${key.padEnd(40)} gold-named ${named}  not ${not}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      settings: { type: 'string', default: 'base,sh5' },
      orders: { type: 'string', default: '0,1,2' },
      probe: { type: 'string' },
      counts: { type: 'boolean', default: false },
    },
  });
  const names = values.settings.split(',');
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  if (values.counts) counts(files);
  if (values.probe) {
    const sentences = (await readFile(values.probe, 'utf8')).split('\n').filter(Boolean);
    const models = names.map(
      (name) =>
        [name, compileSelector(trainSelector(files, name, undefined, SETTINGS[name]))] as [
          string,
          Selector,
        ],
    );
    probe(sentences, models);
    return;
  }
  console.log(`setting  order ${SHOWN.map((m) => m.slice(0, 9).padStart(9)).join(' ')}`);
  // "sh5@0": a setting read in the orders given after "@" ("+"-joined), else in --orders.
  for (const spec of names) {
    const [name = spec, only] = spec.split('@');
    for (const order of (only?.split('+') ?? values.orders.split(',')).map(Number)) {
      const models = foldModels(files, order, SETTINGS[name]);
      const scores = inputs.map((i) =>
        scoreDocument(i.gold, finishExtraction(i.rules, i.lexicon(), models[foldOf(i.base)])),
      );
      console.log(`${name.padEnd(8)} ${String(order).padEnd(5)} ${shownMacro(scores)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
