/**
 * "Connect nodes" in a console frame, in headless Chromium: a query that returns nodes without
 * their relationships draws none; the button adds the relationships among them, and says so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/load/loadBatch';
import { trilateralFixture } from '../integration/api-fixture';
import { type Explorer, startExplorer } from '../support/explorer';

let explorer: Explorer;
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer((db) => loadDocument(db, trilateralFixture()));
  ({ page } = explorer);
  await page.goto(`${explorer.server.url}/?tab=cypher`);
  await page.waitForFunction(() => window.communique?.ready === true, undefined, {
    timeout: 90_000,
  });
  await page.waitForSelector('[data-console-ready="true"]', { state: 'attached', timeout: 30_000 });
});
afterAll(() => explorer?.close());

describe('console: connect result nodes', { timeout: 120_000 }, () => {
  it('draws the relationships the query did not return', async () => {
    await page.click('.cypher-console .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      "MATCH (k:Country {id: 'country:prk'})<-[:ABOUT]-(c:Commitment)<-[:MADE]-(a:Entity) RETURN k, c, a",
    );
    await page.keyboard.press('Control+Enter');
    const frame = page.locator('.cypher-console .cc-frame').first();
    await frame.locator('.cc-table tbody tr').first().waitFor({ timeout: 15_000 });
    await frame.locator('[data-view="graph"]').click();
    const canvas = frame.locator('.cc-graph');
    expect(Number(await canvas.getAttribute('data-graph-order'))).toBeGreaterThan(2);
    expect(await canvas.getAttribute('data-graph-size')).toBe('0');

    await frame.locator('.cc-connect').click();
    await expect
      .poll(() => frame.locator('.cc-frame-summary').textContent(), { timeout: 15_000 })
      .toMatch(/Connected: \d+ relationships? the query did not return/);
    const size = Number(await frame.locator('.cc-graph').getAttribute('data-graph-size'));
    expect(size).toBeGreaterThan(0);
    const said = (await frame.locator('.cc-frame-summary').textContent())?.match(
      /Connected: (\d+)/,
    );
    expect(Number(said?.[1])).toBe(size);
    expect(explorer.errors).toEqual([]);
  });
});
