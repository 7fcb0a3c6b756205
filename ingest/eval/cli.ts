/**
 * `npm run eval [-- --json] [--details] [--check] [--min-… X]`: extracts every corpus file that
 * has a gold annotation and scores it. Exits 0 unless a threshold is given and missed.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { type Extraction, ExtractionSchema } from '../contract';
import { extract } from '../extract';
import { readDocument } from '../read';
import { loadGold } from './goldSchema';
import { ACCEPTANCE, checkThresholds, formatErrors, formatTable, type Thresholds } from './report';
import { aggregate, type DocumentScore, scoreDocument } from './score';

const ROOT = resolve(import.meta.dirname, '../..');

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expects a number in [0, 1]');
  return n;
}

interface Options {
  gold: string;
  corpus: string;
  json?: boolean;
  details?: boolean;
  check?: boolean;
  minEntityF1?: number;
  minTopicF1?: number;
  minCommitmentF1?: number;
  minAboutRecall?: number;
  minTargetRecall?: number;
}

/** Finds the corpus file with the gold file's basename, whatever its extension. */
async function corpusFileFor(corpusDir: string, base: string): Promise<string> {
  const files = await readdir(corpusDir);
  const match = files.find((file) => file !== 'README.md' && file.replace(/\.[^.]+$/, '') === base);
  if (!match) throw new Error(`eval: no corpus file for gold "${base}" in ${corpusDir}`);
  return join(corpusDir, match);
}

/** A contract violation is reported but still scored: the figures help find its cause. */
function warnIfInvalid(file: string, extraction: Extraction): void {
  const result = ExtractionSchema.safeParse(extraction);
  if (!result.success) {
    console.warn(
      `eval: ${file}: extraction breaks the contract: ${result.error.issues.length} issue(s), first: ${result.error.issues[0]?.message}`,
    );
  }
}

async function run(options: Options): Promise<void> {
  const goldFiles = (await readdir(options.gold)).filter((file) => file.endsWith('.json')).sort();
  const results: { file: string; score: DocumentScore; extractMs: number }[] = [];
  for (const goldFile of goldFiles) {
    const base = basename(goldFile, '.json');
    const gold = await loadGold(join(options.gold, goldFile));
    const doc = await readDocument(await corpusFileFor(options.corpus, base));
    const started = performance.now();
    const extraction = extract(doc);
    const extractMs = performance.now() - started;
    warnIfInvalid(base, extraction);
    results.push({ file: base, score: scoreDocument(gold, extraction), extractMs });
  }
  const overall = aggregate(results.map((r) => r.score));

  const thresholds: Thresholds = {
    ...(options.check ? ACCEPTANCE : {}),
    ...(options.minEntityF1 !== undefined ? { entityF1: options.minEntityF1 } : {}),
    ...(options.minTopicF1 !== undefined ? { topicF1: options.minTopicF1 } : {}),
    ...(options.minCommitmentF1 !== undefined ? { commitmentF1: options.minCommitmentF1 } : {}),
    ...(options.minAboutRecall !== undefined ? { aboutRecall: options.minAboutRecall } : {}),
    ...(options.minTargetRecall !== undefined ? { targetRecall: options.minTargetRecall } : {}),
  };
  const misses = checkThresholds(overall, thresholds);

  if (options.json) {
    const documents = results.map(({ file, score, extractMs }) => {
      const { errors, ...figures } = score;
      return { file, ...figures, extractMs, ...(options.details ? { errors } : {}) };
    });
    console.log(JSON.stringify({ documents, overall, thresholds, misses }, null, 2));
  } else {
    if (options.details) {
      for (const { file, score } of results) console.log(`${formatErrors(file, score.errors)}\n`);
    }
    const rows = [
      ...results.map((r) => ({ name: r.file, score: r.score })),
      { name: 'overall (micro)', score: overall },
    ];
    console.log(formatTable(rows));
    for (const miss of misses) {
      console.log(
        `below threshold: ${miss.metric} ${(miss.value ?? 0).toFixed(3)} < ${miss.threshold}`,
      );
    }
  }
  if (misses.length > 0) process.exitCode = 1;
}

const program = new Command('eval')
  .description('Score extraction against the gold annotations (P/R/F1, about- and target-recall).')
  .option('--gold <dir>', 'folder of gold JSON files', join(ROOT, 'data/gold'))
  .option('--corpus <dir>', 'folder of the annotated statements', join(ROOT, 'data/corpus'))
  .option('--json', 'print machine-readable results')
  .option('--details', 'list missed and spurious items per document')
  .option(
    '--check',
    `apply the acceptance thresholds (${JSON.stringify(ACCEPTANCE)}) and exit 1 on a miss`,
  )
  .option('--min-entity-f1 <x>', 'minimum overall named-entity F1', fraction)
  .option('--min-topic-f1 <x>', 'minimum overall topic F1', fraction)
  .option('--min-commitment-f1 <x>', 'minimum overall commitment F1', fraction)
  .option('--min-about-recall <x>', 'minimum overall about-recall', fraction)
  .option('--min-target-recall <x>', 'minimum overall target-recall', fraction)
  .action(run);

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
