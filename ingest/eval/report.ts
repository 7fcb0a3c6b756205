/**
 * Plain-text rendering of scores for the `npm run eval` table; no I/O, so the CLI stays thin.
 */
import type { Figures, Metric } from './figures';
import type { ScoreErrors } from './score';

/** Minimum values per metric (floors); a metric left out is not checked. */
export type Thresholds = Partial<Record<Metric, number>>;

const pct = (value: number | null) =>
  value === null ? '    —' : (value * 100).toFixed(1).padStart(5);

/** Column groups: a title over the metrics it shows. */
const GROUPS: readonly { title: string; metrics: readonly [Metric, string][] }[] = [
  {
    title: 'named entities',
    metrics: [
      ['entityPrecision', 'P'],
      ['entityRecall', 'R'],
      ['entityF1', 'F1'],
    ],
  },
  {
    title: 'topics',
    metrics: [
      ['topicPrecision', 'P'],
      ['topicRecall', 'R'],
      ['topicF1', 'F1'],
    ],
  },
  {
    title: 'commitments',
    metrics: [
      ['commitmentPrecision', 'P'],
      ['commitmentRecall', 'R'],
      ['commitmentF1', 'F1'],
    ],
  },
  {
    title: 'about',
    metrics: [
      ['aboutPrecision', 'P'],
      ['aboutRecall', 'R'],
    ],
  },
  { title: 'target', metrics: [['targetRecall', 'R']] },
  {
    title: 'DPRK lens',
    metrics: [
      ['lensPrecision', 'P'],
      ['lensRecall', 'R'],
    ],
  },
  { title: 'actors', metrics: [['actorSet', '=']] },
];

export function formatTable(rows: { name: string; figures: Figures }[]): string {
  const width = Math.max(8, ...rows.map((row) => row.name.length));
  const groupWidth = (n: number) => n * 6 - 1;
  const header = [
    [''.padEnd(width), ...GROUPS.map((g) => g.title.padEnd(groupWidth(g.metrics.length)))].join(
      '   ',
    ),
    [
      'document'.padEnd(width),
      ...GROUPS.map((g) => g.metrics.map(([, label]) => label.padStart(5)).join(' ')),
    ].join('   '),
  ];
  const lines = rows.map(({ name, figures }) =>
    [
      name.padEnd(width),
      ...GROUPS.map((g) => g.metrics.map(([metric]) => pct(figures[metric])).join(' ')),
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
  section('about items not in the gold', errors.aboutSpurious);
  section('targets not found', errors.targets);
  section('actor sets that differ (gold ≠ predicted)', errors.actorSets);
  section('DPRK lens: missed', errors.lens.missed);
  section('DPRK lens: spurious', errors.lens.spurious);
  return out.join('\n');
}

export interface ThresholdMiss {
  metric: Metric;
  value: number;
  threshold: number;
}

/** Checks figures against floors; an undefined figure (null: nothing to find) fails no floor. */
export function checkThresholds(figures: Figures, thresholds: Thresholds): ThresholdMiss[] {
  const misses: ThresholdMiss[] = [];
  for (const [metric, threshold] of Object.entries(thresholds) as [Metric, number | undefined][]) {
    if (threshold === undefined) continue;
    const value = figures[metric];
    if (value !== null && value < threshold) misses.push({ metric, value, threshold });
  }
  return misses;
}
