/**
 * The learnt topic selector's calibration out of fold: every candidate row extraction would score
 * (the lone-word conventions applied) gets the p of the fold model that never saw its file, and its
 * training label (selectorTraining.ts); the table compares the mean p with the share of gold topics
 * per p band and per candidate kind (nested or maximal, named or plain, length, genre), and says
 * where the gold rows under the threshold are. `--recent FILE` adds a group of gold basenames.
 *
 *   npx tsx bench/selectorCalibration.ts [--recent list.txt] [--order 0]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { genreOf } from '../ingest/eval/genre';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { FOLDS, foldOf, trainingFile, trainSelector } from '../ingest/eval/selectorTraining';
import { WORD_GOLD_FILES } from '../ingest/topics/selector/apply';
import { rowGoldFeatures } from '../ingest/topics/selector/goldFeatures';
import { compileSelector, probability } from '../ingest/topics/selector/model';
import { candidateRows } from '../ingest/topics/selector/rows';
import { foldLabel } from '../ingest/topics/thesaurus';
import { shuffledCopy } from './rng';

interface Scored {
  p: number;
  label: number;
  kinds: string[];
}

const BANDS = [0, 0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.01];

function table(name: string, rows: readonly Scored[]): void {
  const kinds = [...new Set(rows.flatMap((r) => r.kinds))].sort();
  console.log(`\n## ${name}: rows ${rows.length}, gold ${rows.filter((r) => r.label).length}`);
  console.log(
    `kind                ${BANDS.slice(0, -1)
      .map((b, i) => `${b.toFixed(2)}-${BANDS[i + 1]!.toFixed(2)}`.padStart(16))
      .join('')}`,
  );
  for (const kind of ['all', ...kinds]) {
    const mine = kind === 'all' ? rows : rows.filter((r) => r.kinds.includes(kind));
    const cells = BANDS.slice(0, -1).map((lo, i) => {
      const band = mine.filter((r) => r.p >= lo && r.p < BANDS[i + 1]!);
      if (band.length === 0) return ''.padStart(16);
      const p = band.reduce((s, r) => s + r.p, 0) / band.length;
      const y = band.filter((r) => r.label).length / band.length;
      return `${band.length} ${(p * 100).toFixed(0)}/${(y * 100).toFixed(0)}`.padStart(16);
    });
    console.log(`${kind.padEnd(20)}${cells.join('')}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { recent: { type: 'string' }, order: { type: 'string', default: '0' } },
  });
  const recent = new Set(
    values.recent ? (await readFile(values.recent, 'utf8')).split('\n').filter(Boolean) : [],
  );
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const order = Number(values.order);
  const ordered = order === 0 ? files : shuffledCopy(files, order * 7919);
  const models = Array.from({ length: FOLDS }, (_, fold) =>
    compileSelector(
      trainSelector(
        ordered.filter((f) => foldOf(f.base) !== fold),
        `fold ${fold}`,
      ),
    ),
  );
  const all: Scored[] = [];
  const newest: Scored[] = [];
  inputs.forEach((input, n) => {
    const model = models[foldOf(input.base)]!;
    const file = files[n]!;
    const label = new Map(
      file.rows.map((row, i) => [`${row.commitment}:${row.start}:${row.end}`, file.labels[i]!]),
    );
    const lone = (text: string) =>
      model.stats.named(foldLabel(text.toLowerCase())) >= WORD_GOLD_FILES;
    const rows = candidateRows(input.rules.extraction, input.rules.terms, input.lexicon(), lone);
    const genre = genreOf(input.gold.document.title);
    const many = input.rules.extraction.commitments.length > 10 ? 'doc:long' : 'doc:short';
    for (const row of rows) {
      const features = [...row.features, ...rowGoldFeatures(row, model.stats)];
      const p = probability(model.weights, features);
      const has = (f: string) => features.includes(f);
      const words = row.text.split(/\s+/).length;
      const kinds = [
        `genre:${genre}`,
        many,
        has('whole:true') ? 'whole' : has('seg:true') ? 'segment' : 'nested',
        has('capital') ? 'capital' : 'lower',
        `words:${Math.min(words, 4)}`,
        has('listed:true') ? 'listed' : 'unlisted',
        features.find((f) => f.startsWith('goldRate:'))!,
        features.find((f) => f.startsWith('stance:'))!,
        has('owner') ? 'owner' : 'plain',
        has('known:true') ? 'known' : 'unknown',
      ];
      const scored = {
        p,
        label: label.get(`${row.commitment}:${row.start}:${row.end}`) ?? 0,
        kinds,
      };
      all.push(scored);
      if (recent.has(input.base)) newest.push(scored);
    }
  });
  table('ALL', all);
  if (recent.size > 0) table('RECENT', newest);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
