/**
 * PNG of the view. Sigma 4 draws everything (nodes, edges, labels) into one WebGL canvas whose
 * buffer is not preserved, so the canvas is copied right after a synchronous render, in the
 * same task, onto a 2D canvas with the page background, then encoded.
 */
import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../graph/buildGraph';

export function renderPng(
  renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes>,
  background = '#ffffff',
): Promise<Blob> {
  renderer.refresh();
  const stage = renderer.getStageCanvas();
  const out = document.createElement('canvas');
  out.width = stage.width;
  out.height = stage.height;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('export: no 2D canvas context'));
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(stage, 0, 0);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('export: PNG encoding failed'))),
      'image/png',
    ),
  );
}
