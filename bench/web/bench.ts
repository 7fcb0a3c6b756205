/**
 * In-browser rendering benchmark: first sigma render of a 10,000-node / 50,000-edge graph,
 * ForceAtlas2 iterations per second in a web worker, and frames per second over a scripted pan
 * and zoom. Results land on `window.benchResult` for bench/webBench.ts to read.
 */

import Sigma from 'sigma';
import { messageOf } from '../../contract/errors';
import { syntheticGraph } from './syntheticGraph';

declare global {
  interface Window {
    benchResult?: Record<string, number>;
    benchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const NODES = Number(params.get('nodes') ?? 10_000);
const EDGES = Number(params.get('edges') ?? 50_000);

function nextFrame(): Promise<number> {
  return new Promise((done) => requestAnimationFrame(done));
}

async function measureFa2(serialized: unknown): Promise<number> {
  const worker = new Worker(new URL('./fa2Worker.ts', import.meta.url), { type: 'module' });
  const result = await new Promise<{ iterationsPerSecond: number }>((done) => {
    worker.onmessage = (event: MessageEvent<{ iterationsPerSecond: number }>) => done(event.data);
    worker.postMessage({ serialized, iterations: 20 });
  });
  worker.terminate();
  return result.iterationsPerSecond;
}

async function run(): Promise<void> {
  const graph = syntheticGraph(NODES, EDGES);
  const container = document.getElementById('stage') as HTMLElement;
  const start = performance.now();
  const renderer = new Sigma(graph, container, { settings: { labelRenderedSizeThreshold: 8 } });
  // Sigma draws the first frame inside its constructor; the next animation frame is when the
  // browser has composited it on screen.
  await nextFrame();
  const firstRenderMs = performance.now() - start;

  // Scripted pan and zoom: every frame moves the camera; count the renders sigma makes.
  let renders = 0;
  renderer.on('afterRender', () => {
    renders++;
  });
  const camera = renderer.getCamera();
  const began = performance.now();
  let frame = 0;
  while (performance.now() - began < 3000) {
    frame++;
    camera.setState({
      x: 0.5 + 0.2 * Math.sin(frame / 20),
      y: 0.5 + 0.2 * Math.cos(frame / 25),
      ratio: 0.6 + 0.4 * Math.abs(Math.sin(frame / 40)),
    });
    await nextFrame();
  }
  // Each loop turn waits for a frame after sigma's render of the previous camera state, so
  // frames delivered per second is what the analyst sees while panning.
  const elapsed = (performance.now() - began) / 1000;
  const fps = frame / elapsed;
  const rendersPerSecond = renders / elapsed;

  // The cost of one full synchronous render, without the browser's frame pacing.
  const refreshStart = performance.now();
  for (let i = 0; i < 3; i++) renderer.refresh();
  const refreshMs = (performance.now() - refreshStart) / 3;

  const fa2IterationsPerSecond = await measureFa2(graph.export());
  window.benchResult = {
    nodes: graph.order,
    edges: graph.size,
    firstRenderMs,
    fps,
    rendersPerSecond,
    refreshMs,
    fa2IterationsPerSecond,
  };
}

run().catch((error: unknown) => {
  window.benchError = messageOf(error);
});
