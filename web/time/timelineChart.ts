/**
 * The timeline chart: one row per position (a line from first to last stated, a dot for each
 * statement, coloured by first / restated / last seen), over a top row of every document that
 * names the entity, on a date axis, so the gaps between statements show. SVG built with DOM
 * APIs; every label is a text node.
 */
import type { TimelineResponse } from '../../contract/positions';
import { svg } from '../dom';
import { MARK_LABELS, positionLabel } from './labels';

const WIDTH = 720;
const ROW = 34;
const TOP = 44;
const PAD = 16;
/** Rows beyond this are listed below the chart, not drawn. */
export const MAX_ROWS = 12;

const withTitle = <T extends SVGElement>(node: T, title: string): T => {
  node.append(svg('title', {}, title));
  return node;
};

/** x of each date: a linear time scale over the documents' dates (one date sits in the middle). */
function timeScale(dates: string[], width = WIDTH, pad = PAD): (date: string | null) => number {
  const times = dates.map((d) => Date.parse(d)).filter((t) => Number.isFinite(t));
  const min = Math.min(...times);
  const max = Math.max(...times);
  return (date) => {
    const t = date ? Date.parse(date) : Number.NaN;
    if (!Number.isFinite(t) || !(max > min)) return width / 2;
    return pad + ((t - min) / (max - min)) * (width - 2 * pad);
  };
}

export function timelineChart(data: TimelineResponse): SVGSVGElement {
  const rows = data.positions.items.slice(0, MAX_ROWS);
  const height = TOP + rows.length * ROW + 24;
  const x = timeScale(data.documents.flatMap((d) => (d.date ? [d.date] : [])));
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    class: 'timeline-chart',
    role: 'img',
    'aria-label': `Timeline of ${data.entity.name}`,
  });
  chart.append(
    svg('text', { x: PAD, y: 12, class: 'row-label' }, `documents naming ${data.entity.name}`),
  );
  for (const d of data.documents) {
    const cx = x(d.date);
    chart.append(
      svg('line', { x1: cx, x2: cx, y1: 18, y2: height - 22, class: 'doc-rule' }),
      withTitle(
        svg('circle', {
          cx,
          cy: 26,
          r: 5,
          class: d.commitments ? 'doc-dot' : 'doc-dot mention-only',
        }),
        `${d.date ?? 'undated'} · ${d.title} · ${d.commitments ? `${d.commitments} commitments` : 'named, no commitment'}`,
      ),
    );
  }
  rows.forEach((p, i) => {
    const y = TOP + i * ROW;
    const stated = data.entries.items.filter((e) => e.position.key === p.key);
    chart.append(
      svg(
        'text',
        { x: PAD, y: y + 8, class: 'row-label' },
        `${positionLabel(p)} (${p.statements})`,
      ),
      svg('line', {
        x1: x(p.firstStated),
        x2: x(p.lastStated),
        y1: y + 20,
        y2: y + 20,
        class: 'span',
      }),
    );
    const seen = new Set<string>();
    for (const e of stated) {
      if (seen.has(e.document.id)) continue;
      seen.add(e.document.id);
      chart.append(
        withTitle(
          svg('circle', {
            cx: x(e.document.date),
            cy: y + 20,
            r: 6,
            class: `mark mark-${e.mark}`,
            'data-doc': e.document.id,
          }),
          `${e.document.date ?? 'undated'} · ${MARK_LABELS[e.mark]} · ${e.trigger} · ${e.document.title}`,
        ),
      );
    }
  });
  // Each year is labelled under its first document: the axis starts at the first statement.
  const firstOfYear = new Map<string, string>();
  for (const d of data.documents)
    if (d.date && !firstOfYear.has(d.date.slice(0, 4))) firstOfYear.set(d.date.slice(0, 4), d.date);
  for (const [year, date] of firstOfYear)
    chart.append(svg('text', { x: x(date), y: height - 6, class: 'axis' }, year));
  return chart;
}
