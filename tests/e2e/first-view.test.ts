/**
 * The first view in headless Chromium: drawn at the positions the server laid out (no layout run
 * in the page), in the collapsed default and with commitments shown, and served entirely from
 * answers the server pre-computed; a documents view still lays itself out. Start-up draws it in
 * few full renders (each costs 0.1–0.3 s of software WebGL here), its programs compiled ahead by
 * a hidden warm-up draw that leaves nothing behind.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphResponse } from '../../contract/api';
import { cacheFor } from '../../server/cache';
import { type Prewarm, startPrewarm } from '../../server/prewarm';
import { type Explorer, ingesting, startExplorer } from '../support/explorer';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;

let explorer: Explorer;
let page: Page;
let prewarm: Prewarm;

beforeAll(async () => {
  explorer = await startExplorer(ingesting(FIRST));
  page = explorer.page;
  prewarm = startPrewarm(explorer.server.app, { log: () => undefined, pollMs: 60_000 });
  await prewarm.done;
});
afterAll(async () => {
  prewarm?.stop();
  await explorer?.close();
});

async function open(query: string): Promise<void> {
  await page.goto(`${explorer.server.url}/${query}`);
  await page.waitForFunction(() => window.communique?.ready === true, undefined, {
    timeout: 90_000,
  });
  await page.evaluate(() => window.communique?.settled());
}

/** Each drawn node's position, and how the page got them. */
const drawn = () =>
  page.evaluate(() => {
    const c = window.communique;
    const positions: Record<string, { x: number; y: number }> = {};
    c?.graph.forEachNode((key, a) => {
      positions[key] = { x: a.x, y: a.y };
    });
    return { layout: c?.view.lastLayout, positions };
  });

/**
 * Counts the renders that reach the screen once the app has its handle (the warm-up draw comes
 * before it, hidden): a render clears the canvas and then draws. Installed before the page runs.
 */
const COUNT_RENDERS = `(() => {
  const proto = WebGL2RenderingContext.prototype;
  const { clear, drawArraysInstanced } = proto;
  let drawing = false;
  window.__renders = 0;
  window.__warmUpDraws = 0;
  const onScreen = (gl) => gl.getParameter(gl.FRAMEBUFFER_BINDING) === null;
  proto.clear = function (...args) {
    if (onScreen(this)) drawing = false;
    return clear.apply(this, args);
  };
  proto.drawArraysInstanced = function (...args) {
    if (onScreen(this) && !drawing) {
      drawing = true;
      if (window.communique) window.__renders++;
      else window.__warmUpDraws++;
    }
    return drawArraysInstanced.apply(this, args);
  };
})()`;

describe('the first view', { timeout: 180_000 }, () => {
  it('is drawn in at most three full renders after a hidden warm-up that leaves nothing', async () => {
    const fresh = await explorer.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await fresh.addInitScript(COUNT_RENDERS);
      await fresh.goto(explorer.server.url);
      await fresh.waitForFunction(() => window.communique?.ready === true, undefined, {
        timeout: 90_000,
      });
      await fresh.evaluate(() => window.communique?.settled());
      const seen = await fresh.evaluate(() => {
        const w = window as unknown as { __renders: number; __warmUpDraws: number };
        const c = window.communique;
        return {
          warmUp: w.__warmUpDraws,
          renders: w.__renders,
          leftover: c?.graph.filterNodes((key) => key.startsWith('warm-up:')).length,
          visibility: c?.renderer.getContainer().style.visibility,
          order: c?.graph.order,
        };
      });
      expect(seen.warmUp).toBe(1);
      expect(seen.renders).toBeGreaterThanOrEqual(1);
      // Before: six (the load, then each emphasis, focus bar and panel apply redrew at once).
      expect(seen.renders).toBeLessThanOrEqual(3);
      expect(seen.leftover).toBe(0);
      expect(seen.visibility).toBe('');
      expect(seen.order).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });

  it('is drawn as the server laid it out, from pre-computed answers only', async () => {
    const cache = cacheFor(explorer.server.app.db);
    const misses = cache.stats.misses;
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) asked.push(r.url().replace(explorer.server.url, ''));
    });
    await open('');
    const { layout, positions } = await drawn();
    expect(layout).toBe('given');
    // Every request of the first paint was answered from what the warm computed.
    expect({ computed: cache.stats.misses - misses, asked }).toEqual({ computed: 0, asked });

    const served = (await (
      await fetch(`${explorer.server.url}/api/graph`)
    ).json()) as GraphResponse;
    const entities = served.nodes.filter((n) => n.attributes.type !== 'Commitment');
    // Collapsed by default: the entities, each where the server put it.
    expect(Object.keys(positions).sort()).toEqual(entities.map((n) => n.key).sort());
    for (const n of entities)
      expect(positions[n.key]).toEqual({ x: n.attributes.x, y: n.attributes.y });
    expect(explorer.errors).toEqual([]);
  });

  it('asks the graph once and nothing for closed tabs, whose data load when they open', async () => {
    const fresh = await explorer.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const asked: string[] = [];
    fresh.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname);
    });
    try {
      await fresh.goto(explorer.server.url);
      await fresh.waitForFunction(() => window.communique?.ready === true, undefined, {
        timeout: 90_000,
      });
      await fresh.evaluate(() => window.communique?.settled());
      // The early graph request is the one the first load uses: not sent twice.
      expect(asked.filter((p) => p === '/api/graph')).toHaveLength(1);
      // The Review and Cypher tabs are closed: their lists are not on the first view's path.
      const closedTabs = ['/api/overrides', '/api/queries', '/api/cypher/schema'];
      expect(asked.filter((p) => closedTabs.includes(p))).toEqual([]);

      const overrides = fresh.waitForResponse((r) => r.url().includes('/api/overrides'));
      await fresh.click('#tab-review');
      expect((await overrides).status()).toBe(200);
      const queries = fresh.waitForResponse((r) => r.url().includes('/api/queries'));
      await fresh.click('#tab-cypher');
      expect((await queries).status()).toBe(200);
      await fresh.locator('.cypher-console .cc-saved').waitFor();
    } finally {
      await fresh.close();
    }
    expect(explorer.errors).toEqual([]);
  });

  it('with commitments shown, every node is at the server position too', async () => {
    await open('?collapse=0');
    const { layout, positions } = await drawn();
    expect(layout).toBe('given');
    const served = (await (
      await fetch(`${explorer.server.url}/api/graph`)
    ).json()) as GraphResponse;
    expect(served.nodes.some((n) => n.attributes.type === 'Commitment')).toBe(true);
    expect(Object.keys(positions)).toHaveLength(served.nodes.length);
    for (const n of served.nodes)
      expect(positions[n.key]).toEqual({ x: n.attributes.x, y: n.attributes.y });
    expect(explorer.errors).toEqual([]);
  });

  it('a documents view has no server positions and is laid out in the page', async () => {
    const served = (await (
      await fetch(`${explorer.server.url}/api/graph`)
    ).json()) as GraphResponse;
    const docId = served.nodes.find((n) => n.attributes.docId)?.attributes.docId ?? '';
    expect(docId).not.toBe('');
    await open(`?docs=${encodeURIComponent(docId)}`);
    expect((await drawn()).layout).toBe('computed');
    expect(explorer.errors).toEqual([]);
  });
});
