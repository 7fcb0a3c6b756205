/**
 * Dumps, per gold file under K-fold (as `npm run eval`), every gold and predicted commitment with
 * the one-to-one matching, for an offline census of why a found commitment fails to match.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchCommitments } from '../ingest/eval/commitments';
import { GoldEntityIndex } from '../ingest/eval/entityIndex';
import { normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { perFold, trainingFile, trainSelector } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { compileSelector, selector } from '../ingest/topics/selector/model';

const out = process.argv[2] ?? '/tmp/census.json';
const inputs = await goldInputs(resolve('data/gold'), GOLD_CORPUS);
const folded = perFold(
  inputs.map((i) => trainingFile(i)),
  (training, fold) =>
    compileSelector(trainSelector(training, `fold ${fold}`, selector().threshold)),
);
const docs = [];
for (const { base, gold, lexicon, rules } of inputs) {
  const extraction = finishExtraction(rules, lexicon(), folded(base));
  const entities = new GoldEntityIndex(gold.entities).match(extraction.entities);
  const m = matchCommitments(gold, extraction, entities);
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const goldIdx = new Map(gold.commitments.map((c, i) => [c, i]));
  const predIdx = new Map(extraction.commitments.map((c, i) => [c, i]));
  docs.push({
    file: base,
    gold: gold.commitments.map((c) => ({
      s: normSentence(c.sentence),
      sentence: c.sentence,
      stance: c.stance,
      trigger: c.trigger,
      actors: c.actors,
    })),
    pred: extraction.commitments.map((c) => ({
      s: normSentence(c.text),
      stance: c.stance,
      trigger: c.trigger,
      actors: c.actors.map((id) => ({
        id,
        name: nameOf.get(id) ?? id,
        gold: [...entities.goldNamesOf(id)],
      })),
    })),
    pairs: m.pairs.map((p) => [goldIdx.get(p.gold), predIdx.get(p.predicted), p.sameActors]),
  });
}
writeFileSync(out, JSON.stringify(docs));
console.log(`${docs.length} files → ${out}`);
