/**
 * Plain-text rendering of scores for the `npm run eval` table; no I/O, so the CLI stays thin.
 */
import type { PrfScore, RecallScore } from './metrics';
import type { AggregateScore, DocumentScore, ScoreErrors } from './score';

export interface Thresholds {
  entityF1?: number;
  topicF1?: number;
  commitmentF1?: number;
  aboutRecall?: number;
  targetRecall?: number;
}

/** The acceptance thresholds that `--check` applies. */
export const ACCEPTANCE: Required<Omit<Thresholds, 'topicF1'>> = {
  entityF1: 0.95,
  commitmentF1: 0.85,
  aboutRecall: 0.8,
  targetRecall: 0.8,
};

const pct = (value: number | null) =>
  value === null ? '   —' : (value * 100).toFixed(1).padStart(5);
const prfCells = (s: PrfScore) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const recallCell = (s: RecallScore) => `${pct(s.recall)} (${s.found}/${s.total})`.padEnd(16);

export function formatTable(
  rows: { name: string; score: DocumentScore | AggregateScore }[],
): string {
  const width = Math.max(8, ...rows.map((row) => row.name.length));
  // Column groups: three 5-wide figures (17 characters) or a 16-wide recall cell, 3 apart.
  const prfHead = `${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`;
  const groups = ['named entities', 'topics', 'commitments'].map((title) => title.padEnd(17));
  const header = [
    [''.padEnd(width), ...groups, 'about'.padEnd(16), 'targets'].join('   '),
    ['document'.padEnd(width), prfHead, prfHead, prfHead, 'recall'.padEnd(16), 'recall'].join(
      '   ',
    ),
  ];
  const lines = rows.map(({ name, score }) =>
    [
      name.padEnd(width),
      prfCells(score.entities),
      prfCells(score.topics),
      prfCells(score.commitments),
      recallCell(score.about),
      recallCell(score.targets),
    ].join('   '),
  );
  return [...header, '-'.repeat(header[0]?.length ?? 0), ...lines].join('\n');
}

/** What was missed and what was spurious, per metric, for the extractor's author. */
export function formatErrors(name: string, errors: ScoreErrors): string {
  const out: string[] = [`== ${name}`];
  const section = (title: string, items: readonly { label: string; detail?: string }[]) => {
    if (items.length === 0) return;
    out.push(`  ${title} (${items.length}):`);
    for (const item of items)
      out.push(`    - ${item.label}${item.detail ? `  | ${item.detail}` : ''}`);
  };
  section('missed entities', errors.entities.missed);
  section('spurious entities', errors.entities.spurious);
  section('missed topics', errors.topics.missed);
  section('spurious topics', errors.topics.spurious);
  section('missed commitments', errors.commitments.missed);
  section('spurious commitments', errors.commitments.spurious);
  section('about items not found', errors.about);
  section('targets not found', errors.targets);
  return out.join('\n');
}

export interface ThresholdMiss {
  metric: keyof Thresholds;
  value: number | null;
  threshold: number;
}

/** Checks the overall figures; a recall with nothing to find (null) does not fail a threshold. */
export function checkThresholds(score: AggregateScore, thresholds: Thresholds): ThresholdMiss[] {
  const values: Record<keyof Thresholds, number | null> = {
    entityF1: score.entities.f1,
    topicF1: score.topics.f1,
    commitmentF1: score.commitments.f1,
    aboutRecall: score.about.recall,
    targetRecall: score.targets.recall,
  };
  const misses: ThresholdMiss[] = [];
  for (const [metric, threshold] of Object.entries(thresholds) as [
    keyof Thresholds,
    number | undefined,
  ][]) {
    if (threshold === undefined) continue;
    const value = values[metric];
    if (value !== null && value < threshold) misses.push({ metric, value, threshold });
  }
  return misses;
}
