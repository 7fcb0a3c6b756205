/**
 * `npm run eval`: scores the extraction against the gold (per document, micro and macro), and
 * `--invariants [DIR...]` runs the gold-free checks. `--check` applies the floors of
 * data/rules/eval-floors.json to both (macro figures on the gold, maximum violation rates over
 * data/corpus and the real statements) and exits 1 on a miss; 2 when the run itself fails.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { messageOf } from '../../contract/errors';
import { agreementRows, runAgreement } from './agreement';
import type { Metric } from './figures';
import { FLOORS } from './floors';
import { type InvariantMiss, printGold, printInvariants } from './print';
import { formatTable, type ThresholdMiss, type Thresholds } from './report';
import { GOLD_CORPUS, runGold } from './runGold';
import { runInvariants } from './runInvariants';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the invariants run by default: the development corpus and the real statements. */
const DEFAULT_INVARIANT_DIRS = ['data/corpus', 'data/corpus-wh-dprk'].map((dir) => join(ROOT, dir));

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expects a number in [0, 1]');
  return n;
}

interface Options {
  gold: string;
  corpus: string[];
  json?: boolean;
  details?: boolean;
  check?: boolean;
  invariants?: boolean | string[];
  agreement?: boolean | string;
  selector: boolean;
  selectorThreshold?: number;
  names?: boolean;
  nameThreshold?: number;
  minEntityF1?: number;
  minTopicF1?: number;
  minCommitmentF1?: number;
  minAboutRecall?: number;
  minAboutPrecision?: number;
  minTargetRecall?: number;
  minLensPrecision?: number;
  minLensRecall?: number;
}

const MIN_OPTIONS: [keyof Options, Metric][] = [
  ['minEntityF1', 'entityF1'],
  ['minTopicF1', 'topicF1'],
  ['minCommitmentF1', 'commitmentF1'],
  ['minAboutRecall', 'aboutRecall'],
  ['minAboutPrecision', 'aboutPrecision'],
  ['minTargetRecall', 'targetRecall'],
  ['minLensPrecision', 'lensPrecision'],
  ['minLensRecall', 'lensRecall'],
];

async function run(options: Options): Promise<void> {
  if (options.agreement !== undefined) {
    const dir =
      typeof options.agreement === 'string' ? options.agreement : join(ROOT, 'data/gold-second');
    const agreement = await runAgreement(options.gold, dir);
    if (options.json) console.log(JSON.stringify({ agreement }, null, 2));
    else console.log(formatTable(agreementRows(agreement)));
    return;
  }
  const onlyInvariants = options.invariants !== undefined;
  const output: Record<string, unknown> = {};
  let goldMisses: ThresholdMiss[] = [];
  if (!onlyInvariants) {
    const thresholds: Thresholds = { ...(options.check ? FLOORS.gold : {}) };
    for (const [option, metric] of MIN_OPTIONS) {
      const value = options[option];
      if (typeof value === 'number') thresholds[metric] = value;
    }
    const gold = await runGold(options.gold, options.corpus, {
      selector: options.selector,
      // A folder other than the project's gold (a sealed holdout) never trained the shipped model:
      // it is scored as extract() runs, not by folds trained on its own files.
      shipped: resolve(options.gold) !== resolve(join(ROOT, 'data/gold')),
      ...(options.selectorThreshold === undefined ? {} : { threshold: options.selectorThreshold }),
      ...(options.names === undefined ? {} : { names: options.names }),
      ...(options.nameThreshold === undefined ? {} : { nameThreshold: options.nameThreshold }),
    });
    goldMisses = printGold(gold, thresholds, options, output);
  }
  let invariantMisses: InvariantMiss[] = [];
  if (onlyInvariants || options.check) {
    const dirs = Array.isArray(options.invariants)
      ? options.invariants
      : DEFAULT_INVARIANT_DIRS.filter((dir) => existsSync(dir));
    const invariants = await runInvariants(dirs);
    const floors = options.check ? FLOORS.invariants : {};
    invariantMisses = printInvariants(invariants, floors, options, output);
  }
  if (options.json) console.log(JSON.stringify(output, null, 2));
  if (goldMisses.length > 0 || invariantMisses.length > 0) process.exitCode = 1;
}

const program = new Command('eval')
  .description(
    'Score extraction against the gold annotations (micro and macro P/R/F1, about-recall and -precision, DPRK lens), and check gold-free invariants.',
  )
  .option('--gold <dir>', 'folder of gold JSON files', join(ROOT, 'data/gold'))
  .option('--corpus <dirs...>', 'folders of the annotated statements, searched in order', [
    ...GOLD_CORPUS,
  ])
  .option('--json', 'print machine-readable results')
  .option('--details', 'list missed and spurious items per document / every violation')
  .option(
    '--check',
    'apply the floors of data/rules/eval-floors.json (macro, and invariant rates) and exit 1 on a miss',
  )
  .option(
    '--invariants [dirs...]',
    'only run the gold-free invariants, over DIRs (default: data/corpus and data/corpus-wh-dprk)',
  )
  .option(
    '--agreement [dir]',
    'only score second annotations (DIR/<annotator>/<file>.json, default data/gold-second) against the gold: inter-annotator agreement',
  )
  .option('--no-selector', 'the rules alone: leave out the learnt topic selector')
  .option(
    '--selector-threshold <p>',
    "the learnt topic selector's threshold (default: data/lexicon/topics-selector.json's)",
    fraction,
  )
  .option('--names', 'apply the learnt name finder (K-fold), whether or not extract() runs it')
  .option('--no-names', 'leave out the learnt name finder')
  .option(
    '--name-threshold <p>',
    "the learnt name finder's threshold on p(name) × type confidence (default: the training's)",
    fraction,
  )
  .option('--min-entity-f1 <x>', 'minimum macro named-entity F1', fraction)
  .option('--min-topic-f1 <x>', 'minimum macro topic F1', fraction)
  .option('--min-commitment-f1 <x>', 'minimum macro commitment F1', fraction)
  .option('--min-about-recall <x>', 'minimum macro about-recall', fraction)
  .option('--min-about-precision <x>', 'minimum macro about-precision', fraction)
  .option('--min-target-recall <x>', 'minimum macro target-recall', fraction)
  .option('--min-lens-precision <x>', 'minimum macro DPRK-lens precision', fraction)
  .option('--min-lens-recall <x>', 'minimum macro DPRK-lens recall', fraction)
  .action(run);

program.parseAsync().catch((error: unknown) => {
  console.error(messageOf(error));
  process.exitCode = 2;
});
