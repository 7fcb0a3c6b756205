/** Prints the benchmark results as the tables the README's Performance section shows. */
import type { ApiBenchRow } from './apiBench';
import type { ExtractBenchRun } from './extractBench';
import type { LoadBenchResult } from './loadBench';
import type { WebBenchResult } from './webBench';

export interface BenchResults {
  machine: { cpu: string; cores: number; memoryGb: number; node: string };
  date: string;
  extract: {
    wordsPerSecondPerCore: number;
    twoWorkerSpeedup?: number;
    costGrowth?: number;
    runs: ExtractBenchRun[];
  };
  load: LoadBenchResult;
  api: ApiBenchRow[];
  web: WebBenchResult;
  peakRssMb: { benchProcess?: number; neo4j?: number };
}

function table(header: string[], rows: (string | number | undefined)[][]): string {
  const lines = [
    header,
    header.map(() => '---'),
    ...rows.map((r) => r.map((c) => (c === undefined ? '—' : String(c)))),
  ];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function printTables(r: BenchResults): void {
  console.log(
    `\nMachine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}; ${r.date}\n`,
  );
  console.log(
    table(
      ['documents', 'workers', 'words', 'seconds', 'words/s', 'words/s/core', 'peak RSS MB'],
      r.extract.runs.map((x) => [
        x.size,
        x.jobs,
        x.words,
        x.seconds,
        x.wordsPerSecond,
        x.wordsPerSecondPerCore,
        x.peakRssMb,
      ]),
    ),
  );
  console.log(
    `\nextraction: ${r.extract.wordsPerSecondPerCore} words/s/core; 2 workers ×${r.extract.twoWorkerSpeedup}; cost growth largest/smallest ×${r.extract.costGrowth}\n`,
  );
  const l = r.load;
  console.log(
    table(
      ['loader', 'seconds', 'relationships/s', 'vs batched'],
      [
        [
          'batched (UNWIND, 1 tx/document)',
          l.batchedSeconds,
          l.batchedRelationshipsPerSecond,
          '1.0',
        ],
        [
          'naive: 1 auto-commit query per row',
          l.naiveSeconds,
          l.naiveRelationshipsPerSecond,
          `×${l.loadSpeedup} slower`,
        ],
        ['per row, 1 tx/document', l.perRowSeconds, undefined, `×${l.batchingSpeedup} slower`],
      ],
    ),
  );
  console.log(
    `\n${l.documents} documents, ${l.nodes} nodes, ${l.relationships} relationships; Neo4j peak RSS ${l.neo4jPeakRssMb} MB\n`,
  );
  console.log(
    table(
      ['endpoint', 'API p50', 'API p95', 'raw p50', 'raw p95', 'ratio p50', 'ratio p95'],
      r.api.map((a) => [
        a.endpoint,
        a.apiP50Ms,
        a.apiP95Ms,
        a.rawP50Ms,
        a.rawP95Ms,
        a.ratioP50,
        a.ratioP95,
      ]),
    ),
  );
  const w = r.web;
  console.log(
    `\nweb (${w.nodes} nodes, ${w.edges} edges): first render ${w.firstRenderMs} ms, ${w.fps} fps panning, FA2 ${w.fa2IterationsPerSecond} it/s in a worker, JS heap ${w.jsHeapPeakMb} MB`,
  );
  if (w.bundle)
    console.log(
      `explorer bundle: ${w.bundle.jsKb} kB of JavaScript in ${w.bundle.jsFiles} files (${w.bundle.jsGzipKb} kB gzipped), ${w.bundle.cssKb} kB CSS`,
    );
  console.log(
    `peak RSS: bench process ${r.peakRssMb.benchProcess} MB, Neo4j ${r.peakRssMb.neo4j} MB\n`,
  );
}
