/**
 * The Cypher console in headless Chromium against the real app and Neo4j: pick a saved query,
 * Ctrl-Enter, and the answer stacks in a frame of its own (table, graph, JSON, exports) while
 * the explorer's graph stays as it was. Values are shown as text, never as HTML; runs are kept
 * in the local history.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { loadDocument } from '../../ingest/load/loadBatch';
import { resetForTest, trilateralFixture } from '../integration/api-fixture';
import { launchBrowser } from '../support/browser';
import { testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

interface GraphHandle {
  order: number;
  hasNode(key: string): boolean;
}
type TestWindow = Window & {
  communique?: { ready: boolean; graph: GraphHandle; view?: { graph: GraphHandle } };
};

let db: Database;
let server: RunningApp;
let browser: Browser;
let page: Page;

/** The view's current graph (the view may swap its graph object on replace). */
const graphOrder = () =>
  page.evaluate(() => {
    const c = (window as TestWindow).communique;
    return (c?.view?.graph ?? c?.graph)?.order ?? 0;
  });

beforeAll(async () => {
  db = testDatabase();
  await resetForTest(db);
  await loadDocument(db, trilateralFixture());
  server = await startTestApp(db);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await page.goto(server.url);
  await page.waitForFunction(() => (window as TestWindow).communique?.ready === true, undefined, {
    timeout: 90_000,
  });
  await page.click('#tab-cypher');
  await page.waitForSelector('[data-console-ready="true"]', { state: 'attached', timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function runInEditor(): Promise<void> {
  await page.click('.cypher-console .cm-content');
  await page.keyboard.press('Control+Enter');
}

describe('Cypher console', () => {
  it('runs a picked saved query with Ctrl-Enter: rows and graph in its frame, the explorer untouched', async () => {
    const before = await graphOrder();
    await page.selectOption('.cypher-console .cc-saved', 'topics-connected-to-actor');
    await expect
      .poll(() => page.locator('.cypher-console .cc-params').inputValue())
      .toContain('country:prk');
    await runInEditor();
    await page.waitForSelector('.cypher-console .cc-table tbody tr', { timeout: 15_000 });
    expect(await page.locator('.cypher-console .cc-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.cypher-console .cc-table th').allTextContents()).toEqual([
      'topic',
      'commitments',
      'paths',
    ]);
    // The table is no longer squeezed: the side panel widens for the console.
    expect((await page.locator('#side-panel').boundingBox())?.width).toBeGreaterThan(600);
    const frame = page.locator('.cypher-console .cc-frame').first();
    await frame.locator('button[data-view="graph"]').click();
    await expect
      .poll(async () => Number(await frame.locator('.cc-graph').getAttribute('data-graph-order')))
      .toBeGreaterThan(1);
    expect(await frame.locator('.cc-graph canvas').count()).toBeGreaterThan(0);
    expect(await graphOrder()).toBe(before);
    await frame.locator('button[data-view="json"]').click();
    expect(await frame.locator('.cc-json').textContent()).toContain('"columns"');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('.cc-export-csv').click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe('topic,commitments,paths');
  });

  it('stacks a result without nodes as its own frame, and goes back to the explorer in one click', async () => {
    const before = await graphOrder();
    const frames = await page.locator('.cypher-console .cc-frame').count();
    await page.click('.cypher-console .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('RETURN 1 AS one');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.cypher-console .cc-frame').count()).toBe(frames + 1);
    const top = page.locator('.cypher-console .cc-frame').first();
    expect(await top.locator('td').first().textContent()).toBe('1');
    await top.locator('button[data-view="graph"]').click();
    expect(await top.locator('.cc-frame-body').textContent()).toContain('no nodes');
    expect(await graphOrder()).toBe(before);
    await page.click('.cypher-console .cc-back');
    await expect.poll(() => page.isVisible('#panel-lens')).toBe(true);
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('tab')))
      .toBeNull();
    expect(await graphOrder()).toBe(before);
  });

  it('shows values as text, never as HTML, and reports refusals', async () => {
    await page.click('#tab-cypher');
    await page.click('.cypher-console .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type("RETURN '<img src=x onerror=window.__xss=1>' AS html");
    await page.keyboard.press('Control+Enter');
    const cell = page.locator('.cypher-console .cc-table tbody td').first();
    await expect.poll(() => cell.textContent()).toBe('<img src=x onerror=window.__xss=1>');
    expect(await page.locator('.cypher-console .cc-table img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();

    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (n) DETACH DELETE n');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.cypher-console .cc-status').textContent())
      .toMatch(/403 cypher_refused: .*DETACH DELETE/);
  });

  it('keeps the runs in the local history', async () => {
    const history = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('communique.cypher.history') ?? '[]') as {
          query: string;
        }[],
    );
    expect(history.map((h) => h.query)).toEqual(
      expect.arrayContaining([expect.stringContaining('MATCH path = (k:Entity {id: $actor})')]),
    );
    expect(await page.locator('.cypher-console .cc-history option').count()).toBeGreaterThan(1);
  });
});
