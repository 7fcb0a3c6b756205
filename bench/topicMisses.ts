/**
 * Why the gold's missed topics are missed: for every missed topic that occurs verbatim in a
 * commitment sentence of the listed files, whether the selector had it as a candidate (training
 * rows, extraction rows) and the score the out-of-fold model gave it.
 *
 *   npx tsx bench/topicMisses.ts EVAL.json FILES.txt
 */
import { readFileSync } from 'node:fs';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { foldOf, outOfFoldSelectors, trainingFile } from '../ingest/eval/selectorTraining';
import { WORD_GOLD_FILES } from '../ingest/topics/selector/apply';
import { rowGoldFeatures } from '../ingest/topics/selector/goldFeatures';
import { probability } from '../ingest/topics/selector/model';
import { candidateRows } from '../ingest/topics/selector/rows';
import { foldLabel } from '../ingest/topics/thesaurus';

interface Missed {
  label: string;
}
interface EvalDoc {
  file: string;
  errors: { topics: { missed: Missed[] } };
}

async function main(): Promise<void> {
  const [evalPath, listPath] = process.argv.slice(2);
  const evalJson = JSON.parse(readFileSync(evalPath!, 'utf8')) as {
    gold: { documents: EvalDoc[] };
  };
  const list = new Set(
    readFileSync(listPath!, 'utf8')
      .split('\n')
      .map((s) => s.trim().replace(/\.json$/, ''))
      .filter(Boolean),
  );
  const missedOf = new Map(evalJson.gold.documents.map((d) => [d.file, d.errors.topics.missed]));
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const models = outOfFoldSelectors(files);
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const input of inputs) {
    if (!list.has(input.base)) continue;
    const model = models[foldOf(input.base)]!;
    const ex = input.rules.extraction;
    const sentences = new Set(ex.commitments.map((c) => c.sentenceId));
    const texts = ex.sentences.filter((s) => sentences.has(s.id)).map((s) => s.text.toLowerCase());
    const loneWord = (t: string) =>
      model.stats.named(foldLabel(t.toLowerCase())) >= WORD_GOLD_FILES;
    const live = candidateRows(ex, input.rules.terms, input.lexicon(), loneWord);
    for (const m of missedOf.get(input.base) ?? []) {
      const label = m.label.toLowerCase();
      if (!texts.some((t) => t.includes(label))) {
        bump('not verbatim');
        console.log(`not verbatim\t-\t${m.label}\t${input.base}`);
        continue;
      }
      const key = foldLabel(label);
      const taken = ex.mentions.some(
        (x) => x.text.toLowerCase().includes(label) || label.includes(x.text.toLowerCase()),
      );
      const train = input.rows.some((r) => r.key === key);
      const row = live.find((r) => r.key === key);
      let cat: string;
      if (row) {
        const p = probability(model.weights, [
          ...row.features,
          ...rowGoldFeatures(row, model.stats),
        ]);
        cat =
          p >= model.threshold
            ? 'live p>=thr (lost in decode)'
            : p >= 0.5
              ? 'live p .50-.65'
              : p >= 0.3
                ? 'live p .30-.50'
                : 'live p <.30';
        console.log(`${cat}\t${p.toFixed(2)}\t${m.label}\t${input.base.slice(0, 40)}`);
      } else if (train) {
        cat = 'candidate in training only (filtered)';
        console.log(`${cat}\t-\t${m.label}`);
      } else {
        cat = taken ? 'no candidate: overlaps name/rule topic' : 'no candidate';
        console.log(`${cat}\t-\t${m.label}`);
      }
      bump(cat);
    }
  }
  for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1]))
    console.error(`${String(v).padStart(5)}  ${k}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
