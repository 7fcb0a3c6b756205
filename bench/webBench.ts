/**
 * Builds bench/web with Vite, serves it on loopback, and runs it in headless Chromium (WebGL2 in
 * software here, so numbers are lower bounds of what a real GPU does).
 */
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { build } from 'vite';
import { launchBrowser } from '../tests/support/browser';
import { type BundleSize, measureBundle } from './bundleSize';
import { round } from './measure';

export interface WebBenchResult {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  fps: number;
  rendersPerSecond: number;
  /** One synchronous full render (sigma's refresh). */
  refreshMs: number;
  fa2IterationsPerSecond: number;
  jsHeapPeakMb: number;
  /** The explorer's own production bundle (the render numbers above are a synthetic page's). */
  bundle: BundleSize;
}

const ROOT = new URL('..', import.meta.url).pathname;

export async function runWebBench(nodes = 10_000, edges = 50_000): Promise<WebBenchResult> {
  const bundle = await measureBundle();
  const outDir = join(ROOT, 'bench/generated/web');
  await build({
    configFile: false,
    root: join(ROOT, 'bench/web'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = Fastify();
  await server.register(fastifyStatic, { root: outDir });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    page.on('pageerror', (error) =>
      page.evaluate((message) => {
        window.benchError = message;
      }, error.message),
    );
    await page.goto(`http://127.0.0.1:${port}/index.html?nodes=${nodes}&edges=${edges}`);
    await page.waitForFunction(
      () => window.benchResult !== undefined || window.benchError !== undefined,
      undefined,
      {
        timeout: 300_000,
        polling: 500,
      },
    );
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(`web bench: ${error}`);
    const result = (await page.evaluate(() => window.benchResult)) as Omit<
      WebBenchResult,
      'jsHeapPeakMb' | 'bundle'
    >;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const heap = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
    return {
      nodes: result.nodes,
      edges: result.edges,
      firstRenderMs: Math.round(result.firstRenderMs),
      fps: round(result.fps, 1),
      rendersPerSecond: round(result.rendersPerSecond, 1),
      refreshMs: Math.round(result.refreshMs),
      fa2IterationsPerSecond: round(result.fa2IterationsPerSecond, 1),
      jsHeapPeakMb: Math.round(heap / 1024 / 1024),
      bundle,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
