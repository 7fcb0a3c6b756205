/**
 * What the selector benches share when they read a training setting over file orders: the files
 * in a given order, the ten fold models `npm run eval` trains from them, and the macro figures
 * shown for a set of scored documents.
 */
import { macroFigures } from '../ingest/eval/figures';
import type { DocumentScore } from '../ingest/eval/score';
import { FOLDS, foldOf, type TrainingFile, trainSelector } from '../ingest/eval/selectorTraining';
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

/** Order 0: the files' own order; else a seeded Fisher–Yates of them. */
function ordered(files: readonly TrainingFile[], order: number): TrainingFile[] {
  return order === 0 ? [...files] : shuffledCopy(files, order * 7919);
}

/** The fold models of one setting trained in one order, indexed by fold. */
export function foldModels(
  files: readonly TrainingFile[],
  order: number,
  options: TrainOptions | undefined,
): Selector[] {
  const shuffled = ordered(files, order);
  return Array.from({ length: FOLDS }, (_, fold) =>
    compileSelector(
      trainSelector(
        shuffled.filter((file) => foldOf(file.base) !== fold),
        `fold ${fold}`,
        undefined,
        options,
      ),
    ),
  );
}

/** The SHOWN macro figures of `scores`, in %, each padded to a column. */
export function shownMacro(scores: readonly DocumentScore[]): string {
  const macro = macroFigures(scores);
  return SHOWN.map((m) => ((macro[m] ?? 0) * 100).toFixed(2).padStart(9)).join(' ');
}
