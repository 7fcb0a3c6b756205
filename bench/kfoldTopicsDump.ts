/**
 * The K-fold extraction's topics, as `npm run eval` scores them (each file by the selector of the
 * fold that never saw it): per file, each commitment's sentence, trigger and Topic names in its
 * about,. For censuses of spurious topics
 * (bench/topicSpurious.ts), which need the sentence a topic came from.
 *
 *   npx tsx bench/kfoldTopicsDump.ts OUT.json [FILES.txt]
 */
import { writeFileSync } from 'node:fs';
import { compileNameFinder } from '../ingest/entities/nameFinderModel';
import { nameTrainingFiles } from '../ingest/eval/nameFinderFile';
import { NAME_THRESHOLD, trainNameFinder } from '../ingest/eval/nameFinderTraining';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { perFold, trainingFile, trainSelector } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { compileSelector, selector } from '../ingest/topics/selector/model';
import { readNameList } from './nameList';

const [outPath, listPath] = process.argv.slice(2);
const only = readNameList(listPath);

async function main(): Promise<void> {
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const folded = perFold(files, (training, fold) =>
    compileSelector(trainSelector(training, `fold ${fold}`, selector().threshold)),
  );
  const names = perFold(nameTrainingFiles(inputs), (training, fold) =>
    compileNameFinder(trainNameFinder(training, `fold ${fold}`, NAME_THRESHOLD)),
  );
  const out: Record<string, unknown> = {};
  for (const { base, lexicon, rules } of inputs) {
    if (only && !only.has(base)) continue;
    const x = finishExtraction(rules, lexicon(), folded(base), names(base));
    const name = new Map(x.entities.map((e) => [e.id, e]));
    const sentence = new Map(x.sentences.map((s) => [s.id, s.text]));
    out[base] = {
      commitments: x.commitments.map((c) => ({
        sentence: sentence.get(c.sentenceId),
        trigger: c.trigger,
        topics: c.about
          .filter((id) => name.get(id)?.type === 'Topic')
          .map((id) => name.get(id)!.name),
      })),
    };
  }
  writeFileSync(outPath!, JSON.stringify(out));
}

void main();
