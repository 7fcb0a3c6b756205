/**
 * PNG of the view with a title, the date and a legend, so the picture explains itself once
 * it leaves the app. Sigma 4 draws everything (nodes, edges, labels) into one WebGL canvas
 * whose buffer is not preserved, so the canvas is copied right after a synchronous render, in
 * the same task, onto a 2D canvas with the page background, then framed and encoded.
 */
import type Sigma from 'sigma';
import { el } from '../dom';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../graph/buildGraph';

export interface LegendEntry {
  colour: string;
  text: string;
  shape: 'dot' | 'line';
}

export interface PngFrame {
  title: string;
  date: string;
  legend: LegendEntry[];
}

const HEADER = 44;
const ROW = 22;

export function renderPng(
  renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes>,
  frame: PngFrame,
  background = '#ffffff',
): Promise<Blob> {
  renderer.refresh();
  const stage = renderer.getStageCanvas();
  const scale = stage.width / Math.max(1, stage.clientWidth || stage.width);
  const perRow = Math.max(1, Math.floor(stage.width / (190 * scale)));
  const legendHeight = Math.ceil(frame.legend.length / perRow) * ROW * scale + 12 * scale;
  const out = el('canvas');
  out.width = stage.width;
  out.height = stage.height + HEADER * scale + legendHeight;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('export: no 2D canvas context'));
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(stage, 0, HEADER * scale);
  ctx.fillStyle = '#1d232a';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${16 * scale}px system-ui, sans-serif`;
  ctx.fillText(frame.title, 12 * scale, (HEADER / 2) * scale);
  ctx.font = `${13 * scale}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.fillText(frame.date, out.width - 12 * scale, (HEADER / 2) * scale);
  ctx.textAlign = 'left';
  const top = stage.height + HEADER * scale + 6 * scale;
  frame.legend.forEach((entry, i) => {
    const x = (i % perRow) * 190 * scale + 12 * scale;
    const y = top + Math.floor(i / perRow) * ROW * scale + (ROW / 2) * scale;
    ctx.fillStyle = entry.colour;
    if (entry.shape === 'dot') {
      ctx.beginPath();
      ctx.arc(x + 6 * scale, y, 6 * scale, 0, 2 * Math.PI);
      ctx.fill();
    } else ctx.fillRect(x, y - 2 * scale, 14 * scale, 4 * scale);
    ctx.fillStyle = '#1d232a';
    ctx.fillText(entry.text, x + 20 * scale, y);
  });
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('export: PNG encoding failed'))),
      'image/png',
    ),
  );
}
