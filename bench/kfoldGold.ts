/**
 * The gold's statements with the K-fold finishing step, as `npm run eval` scores them: each file
 * extracted by the topic selector and name finder of the fold that never saw it. Shared by the
 * census benches that need the K-fold extraction itself (kfoldTopicsDump.ts, topicDupPairs.ts).
 */
import type { Extraction } from '../contract/extraction';
import { compileNameFinder } from '../ingest/entities/nameFinderModel';
import { nameTrainingFiles } from '../ingest/eval/nameFinderFile';
import { NAME_THRESHOLD, trainNameFinder } from '../ingest/eval/nameFinderTraining';
import { GOLD_CORPUS, type GoldInput, goldInputs } from '../ingest/eval/runGold';
import { perFold, trainingFile, trainSelector } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { compileSelector, selector } from '../ingest/topics/selector/model';

export interface KfoldGold {
  inputs: GoldInput[];
  /** The file's extraction by the models of the fold that left it out. */
  finish: (input: GoldInput) => Extraction;
}

export async function kfoldGold(): Promise<KfoldGold> {
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const folded = perFold(
    inputs.map((i) => trainingFile(i)),
    (training, fold) =>
      compileSelector(trainSelector(training, `fold ${fold}`, selector().threshold)),
  );
  const names = perFold(nameTrainingFiles(inputs), (training, fold) =>
    compileNameFinder(trainNameFinder(training, `fold ${fold}`, NAME_THRESHOLD)),
  );
  return {
    inputs,
    finish: ({ base, rules, lexicon }) =>
      finishExtraction(rules, lexicon(), folded(base), names(base)),
  };
}
