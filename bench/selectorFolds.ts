/**
 * What the selector benches share when they read a training setting over file orders: the gold
 * extracted once with its training files, a group of gold basenames, the files in a given order,
 * the ten fold models `npm run eval` trains from them, and the macro figures shown for a set of
 * scored documents (beside the group's).
 */
import { readFile } from 'node:fs/promises';
import { macroFigures } from '../ingest/eval/figures';
import { GOLD_CORPUS, type GoldInput, goldInputs } from '../ingest/eval/runGold';
import type { DocumentScore } from '../ingest/eval/score';
import {
  type EnsembleSetting,
  FOLDS,
  foldOf,
  type TrainingFile,
  trainingFile,
  trainSelector,
} from '../ingest/eval/selectorTraining';
import type { TrainOptions } from '../ingest/eval/topicModel';
import { compileSelector, type Selector } from '../ingest/topics/selector/model';
import { shuffledCopy } from './rng';

export const SHOWN = [
  'topicPrecision',
  'topicRecall',
  'topicF1',
  'aboutPrecision',
  'aboutRecall',
] as const;

/** Every gold statement extracted once by the rules, and the selector's training file of each. */
export async function goldTraining(): Promise<{ inputs: GoldInput[]; files: TrainingFile[] }> {
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  return { inputs, files: inputs.map((input) => trainingFile(input)) };
}

/** Gold basenames one a line (`--group`: the newest sealed holdouts); none without a path. */
export async function readGroup(path: string | undefined): Promise<Set<string>> {
  if (!path) return new Set();
  return new Set(
    (await readFile(path, 'utf8'))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/** Order 0: the files' own order; else a seeded Fisher–Yates of them. */
function ordered(files: readonly TrainingFile[], order: number): TrainingFile[] {
  return order === 0 ? [...files] : shuffledCopy(files, order * 7919);
}

/** The fold models of one setting trained in one order, indexed by fold. */
export function foldModels(
  files: readonly TrainingFile[],
  order: number,
  options: TrainOptions | undefined,
  ensemble?: EnsembleSetting,
): Selector[] {
  const shuffled = ordered(files, order);
  return Array.from({ length: FOLDS }, (_, fold) =>
    compileSelector(
      trainSelector(
        shuffled.filter((file) => foldOf(file.base) !== fold),
        `fold ${fold}`,
        undefined,
        options,
        ...(ensemble ? [ensemble] : []),
      ),
    ),
  );
}

/** The SHOWN macro figures of `scores`, in %, each padded to a column. */
export function shownMacro(scores: readonly DocumentScore[]): string {
  const macro = macroFigures(scores);
  return SHOWN.map((m) => ((macro[m] ?? 0) * 100).toFixed(2).padStart(9)).join(' ');
}

/** The column heads over `shownMacro`'s figures, after a label column of `width`. */
export function shownHeader(label: string, width: number): string {
  return `${label.padEnd(width)} ${SHOWN.map((m) => m.slice(0, 9).padStart(9)).join(' ')}   | group`;
}

/** All documents' SHOWN figures, then the group's (the inputs `scores` is aligned with). */
export function withGroup(
  scores: readonly DocumentScore[],
  inputs: readonly GoldInput[],
  group: ReadonlySet<string>,
): string {
  const mine = scores.filter((_, n) => group.has(inputs[n]!.base));
  return `${shownMacro(scores)}   | ${mine.length > 0 ? shownMacro(mine) : ''}`;
}
