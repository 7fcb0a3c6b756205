/**
 * Extraction throughput on generated corpora: words per second per worker thread, for each
 * corpus size and worker count, with the process's peak RSS. `runExtractBench` returns the
 * numbers (bench/run.ts aggregates them); run this file directly for a quick table:
 *
 *   tsx bench/extractBench.ts [--sizes 100,1000,10000] [--jobs 1,2] [--seed 1] [--json]
 *
 * Each run first starts its workers and warms them on one file (reported as `startupSeconds`:
 * tsx compiles the extractor in each worker), then times the whole corpus on warm workers, as
 * the ingest sees it after its first chunk (the pool keeps its workers between calls). The corpus
 * is fed in chunks of 200 files, as ingest/ingestFiles.ts does, so the results of one chunk are
 * dropped before the next and peak RSS is the extraction's, not that of 10,000 kept results.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { messageOf } from '../contract/errors';
import { closeExtractPools, extractInParallel } from '../ingest/parallel/extractPool';
import { type GeneratedFile, generateCorpus, writeCorpus } from './generateCorpus';

export interface ExtractBenchOptions {
  sizes?: readonly number[];
  jobs?: readonly number[];
  seed?: number;
  /** Where the corpora are written, one folder per size (default bench/generated). */
  outRoot?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface ExtractBenchRun {
  size: number;
  jobs: number;
  files: number;
  /** Body words (whitespace tokens below the header, without the `###` mark). */
  words: number;
  failed: number;
  /** Starting the workers and extracting one file on them, before the timed run. */
  startupSeconds: number;
  /** The timed run over the whole corpus, on warm workers. */
  seconds: number;
  wordsPerSecond: number;
  /** `wordsPerSecond / jobs`: 1.0× scaling keeps this flat as jobs grow. */
  wordsPerSecondPerCore: number;
  documentsPerSecond: number;
  /** CPU time of the whole process (all threads) during the timed run. */
  cpuSeconds: number;
  /** `words / cpuSeconds`: per-core speed that other load on the machine barely disturbs. */
  wordsPerCpuSecond: number;
  /** Highest RSS sampled during this run (MB); workers share the process, so it includes them. */
  peakRssMb: number;
}

export interface ExtractBenchResult {
  node: string;
  cores: number;
  seed: number;
  runs: ExtractBenchRun[];
}

const ROOT = resolve(import.meta.dirname, '..');
/** Same chunk size as the ingest (ingest/ingestFiles.ts). */
const CHUNK = 200;

/** Extracts `paths` chunk by chunk on the shared pool; returns how many files failed. */
async function extractInChunks(paths: readonly string[], jobs: number): Promise<number> {
  let failed = 0;
  for (let first = 0; first < paths.length; first += CHUNK) {
    const results = await extractInParallel(paths.slice(first, first + CHUNK), jobs);
    failed += results.filter((result) => result instanceof Error).length;
  }
  return failed;
}

export function bodyWords(text: string): number {
  const body = text.slice(text.indexOf('\n\n') + 2).replace(/\n###\s*$/, '');
  return body.split(/\s+/).filter(Boolean).length;
}

/** Samples RSS every 25 ms while `work` runs: the main thread idles while workers extract. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export async function runExtractBench(
  options: ExtractBenchOptions = {},
): Promise<ExtractBenchResult> {
  const sizes = options.sizes ?? [100, 1000, 10000];
  const jobCounts = options.jobs ?? [1, 2];
  const seed = options.seed ?? 1;
  const outRoot = options.outRoot ?? join(ROOT, 'bench/generated');
  const log = options.log ?? (() => {});
  const runs: ExtractBenchRun[] = [];

  for (const size of sizes) {
    const files: GeneratedFile[] = generateCorpus(size, seed);
    const dir = join(outRoot, String(size));
    writeCorpus(files, dir);
    const paths = files.map((file) => join(dir, file.name));
    const words = files.reduce((sum, file) => sum + bodyWords(file.text), 0);
    log(`extract bench: ${size} documents, ${words} words in ${dir}`);

    for (const jobs of jobCounts) {
      const warmStart = performance.now();
      await extractInParallel(paths.slice(0, jobs), jobs);
      const startupSeconds = (performance.now() - warmStart) / 1000;
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const { value: failed, peakRssMb } = await withPeakRss(() => extractInChunks(paths, jobs));
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      await closeExtractPools();
      const wordsPerSecond = words / seconds;
      const run: ExtractBenchRun = {
        size,
        jobs,
        files: paths.length,
        words,
        failed,
        startupSeconds: round(startupSeconds, 3),
        seconds: round(seconds, 3),
        wordsPerSecond: Math.round(wordsPerSecond),
        wordsPerSecondPerCore: Math.round(wordsPerSecond / jobs),
        documentsPerSecond: round(paths.length / seconds),
        cpuSeconds: round(cpuSeconds, 3),
        wordsPerCpuSecond: Math.round(words / cpuSeconds),
        peakRssMb: round(peakRssMb),
      };
      runs.push(run);
      log(
        `  jobs ${jobs}: ${run.seconds} s (+${run.startupSeconds} s start-up), ${run.wordsPerSecond} words/s, ${run.wordsPerSecondPerCore} words/s/core, ${run.wordsPerCpuSecond} words/CPU-s, peak RSS ${run.peakRssMb} MB${failed ? `, ${failed} failed` : ''}`,
      );
    }
  }
  return { node: process.version, cores: availableParallelism(), seed, runs };
}

function numberList(value: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new InvalidArgumentError('expects whole numbers ≥ 1, comma-separated');
  }
  return numbers;
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('extractBench')
    .description('Measure extraction words/second/core on generated corpora.')
    .option('--sizes <list>', 'corpus sizes', numberList, [100, 1000, 10000])
    .option('--jobs <list>', 'worker counts', numberList, [1, 2])
    .option('--seed <n>', 'corpus seed', (v) => numberList(v)[0] ?? 1, 1)
    .option('--json', 'print the results as JSON')
    .parse(argv);
  const options = program.opts<{ sizes: number[]; jobs: number[]; seed: number; json?: boolean }>();
  const result = await runExtractBench({
    sizes: options.sizes,
    jobs: options.jobs,
    seed: options.seed,
    log: options.json ? undefined : (line) => console.log(line),
  });
  if (options.json) console.log(JSON.stringify(result, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv).catch((error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 1;
  });
}
