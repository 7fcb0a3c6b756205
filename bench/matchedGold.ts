/**
 * What the commitment census dumps share: every gold file extracted as `npm run eval` scores it
 * (K-fold selector, or the rules alone where commitments do not depend on the selector), its
 * entities matched to the gold's and its commitments paired one to one, plus the gold and
 * predicted commitments as indexed rows for an offline census.
 */
import { resolve } from 'node:path';
import type { Commitment, Extraction } from '../contract/extraction';
import { matchCommitments } from '../ingest/eval/commitments';
import { type EntityMatching, GoldEntityIndex } from '../ingest/eval/entityIndex';
import type { GoldDocument } from '../ingest/eval/goldSchema';
import { normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { perFold, trainingFile, trainSelector } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { compileSelector, selector } from '../ingest/topics/selector/model';

export interface MatchedGold {
  base: string;
  gold: GoldDocument;
  extraction: Extraction;
  entities: EntityMatching;
  matching: ReturnType<typeof matchCommitments>;
  /** The pairs as [gold index, predicted index, same actors]. */
  pairs: [number | undefined, number | undefined, boolean][];
}

/** Every gold file, extracted by `mode` ('kfold': each by the selector of folds that never saw it). */
export async function matchedGold(mode: 'kfold' | 'rules'): Promise<MatchedGold[]> {
  const inputs = await goldInputs(resolve('data/gold'), GOLD_CORPUS);
  const folded = perFold(
    inputs.map((i) => trainingFile(i)),
    (training, fold) =>
      compileSelector(trainSelector(training, `fold ${fold}`, selector().threshold)),
  );
  return inputs.map(({ base, gold, lexicon, rules }) => {
    const extraction =
      mode === 'kfold' ? finishExtraction(rules, lexicon(), folded(base)) : rules.extraction;
    const entities = new GoldEntityIndex(gold.entities).match(extraction.entities);
    const matching = matchCommitments(gold, extraction, entities);
    const goldIdx = new Map(gold.commitments.map((c, i) => [c, i]));
    const predIdx = new Map(extraction.commitments.map((c, i) => [c, i]));
    const pairs = matching.pairs.map(
      (p) =>
        [goldIdx.get(p.gold), predIdx.get(p.predicted), p.sameActors] as [
          number | undefined,
          number | undefined,
          boolean,
        ],
    );
    return { base, gold, extraction, entities, matching, pairs };
  });
}

/** The gold commitments as census rows, in the gold's order. */
export function goldRows(gold: GoldDocument) {
  return gold.commitments.map((c) => ({
    s: normSentence(c.sentence),
    sentence: c.sentence,
    stance: c.stance,
    trigger: c.trigger,
    actors: c.actors,
  }));
}

/** A predicted commitment as a census row: its normalised sentence, stance and trigger. */
export function predictedRow(c: Commitment) {
  return { s: normSentence(c.text), stance: c.stance, trigger: c.trigger };
}
