/**
 * Louvain communities as soft groupings, in headless Chromium: type colours by default; "colour:
 * community" recolours the nodes and the legend names the groups; the entity panel says whom an
 * entity is grouped with.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS } from '../../web/graph/communityColours';
import { type Explorer, ingesting, startExplorer } from '../support/explorer';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;

let explorer: Explorer;
let server: Explorer['server'];
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer(ingesting(FIRST));
  ({ server, page } = explorer);
});
afterAll(() => explorer?.close());

describe('communities', { timeout: 120_000 }, () => {
  it('colours by community on request, names the groups, and tells the panel', async () => {
    await page.goto(`${server.url}/?selected=country%3Aprk&tab=entity`);
    await page.waitForFunction(() => window.communique?.ready === true, undefined, {
      timeout: 90_000,
    });
    await page.evaluate(() => window.communique?.settled());
    expect(await page.locator('#legend .legend-kinds').count()).toBe(1);
    const note = await page.locator('#panel-entity #community-note').textContent();
    expect(note).toMatch(/Grouped in this view with \S/);

    await page.selectOption('#colour-by', 'community');
    await page.locator('#legend .legend-communities').waitFor();
    expect(await page.locator('#legend .legend-kinds').count()).toBe(0);
    const swatches = await page
      .locator('#legend .legend-communities .swatch')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).style.background));
    expect(swatches.length).toBeGreaterThan(1);
    // The reducer draws each node in its group's colour.
    const drawn = await page.evaluate(() => {
      const c = window.communique;
      if (!c) return [];
      return c.graph.nodes().map((k) => c.renderer.getNodeDisplayData(k)?.color ?? '');
    });
    const used = new Set(drawn.filter((colour) => COMMUNITY_COLORS.includes(colour)));
    expect(used.size).toBeGreaterThan(1);
    expect(explorer.errors).toEqual([]);
  });
});
