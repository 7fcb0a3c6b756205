/**
 * Louvain communities as soft groupings, in headless Chromium: type colours by default; "colour:
 * community" recolours the nodes and the legend names the groups; the entity panel says whom an
 * entity is grouped with.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { COMMUNITY_COLORS } from '../../web/graph/communityColours';
import { launchBrowser } from '../support/browser';
import { resetDatabase, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;

let db: Database;
let server: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const [outcome] = await ingestFiles(db, [FIRST]);
  if (outcome?.error) throw outcome.error;
  server = await startTestApp(db);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

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
    expect(pageErrors).toEqual([]);
  });
});
