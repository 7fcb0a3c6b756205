/**
 * The explorer at four screen sizes and from the keyboard, in headless Chromium against the
 * real app and Neo4j: no page error at any size; the first view names its hubs and shows its
 * legend; axe-core (injected into the page) finds no serious or critical violation; tabs follow
 * the arrow keys, the canvas takes focus and zooms and steps through entities, a filter change
 * keeps the focus, the search announces its highlighted option. Writes the README screenshots.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { launchBrowser } from '../support/browser';
import { resetDatabase, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
const docs = (name: string) => new URL(`../../docs/${name}`, import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SIZES: [number, number, string | null][] = [
  [1440, 900, 'screenshot.png'],
  [1280, 800, null],
  [768, 1024, null],
  [390, 844, 'screenshot-phone.png'],
];

let db: Database;
let server: RunningApp;
let browser: Browser;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const [outcome] = await ingestFiles(db, [FIRST]);
  if (outcome?.error) throw outcome.error;
  server = await startTestApp(db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function openAt(width: number, height: number, query = ''): Promise<[Page, string[]]> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 90_000 });
  await page.evaluate(() => window.communique?.settled());
  return [page, errors];
}

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated over the DevTools protocol, not as a <script>: the app's CSP (rightly) refuses
  // inline scripts, and the test must not weaken it.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as {
      id: string;
      impact: string | null;
      nodes: { target: string[] }[];
    }[];
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

describe('every screen', { timeout: 150_000 }, () => {
  for (const [width, height, shot] of SIZES) {
    it(`${width}×${height}: no page error, labelled hubs, a legend, no serious axe violation`, async () => {
      const [page, errors] = await openAt(width, height);
      await page.waitForSelector('#lens-list li');
      const graph = await page.locator('#sigma-container').boundingBox();
      // The graph gets the width; under 900 px the side panel is a sheet below it.
      expect(graph?.width).toBeGreaterThanOrEqual(width < 900 ? width - 2 : width * 0.6);
      expect(graph?.height).toBeGreaterThan(200);
      const hubs = await page.evaluate(() => {
        const c = window.communique;
        return (c?.graph.filterNodes((_k, a) => a.hub === true) ?? []).map((h) => [
          c?.graph.getNodeAttribute(h, 'label'),
          c?.renderer.getNodeDisplayData(h)?.labelVisibility,
        ]);
      });
      expect(hubs.length).toBeGreaterThanOrEqual(5);
      expect(hubs.every(([, visibility]) => visibility === 'visible')).toBe(true);
      const legend = await page.locator('#legend').boundingBox();
      expect(legend && legend.y + legend.height <= height).toBe(true);
      expect(await page.locator('#legend .legend-kinds li').count()).toBeGreaterThan(3);
      if (shot) await page.screenshot({ path: docs(shot) });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('every panel', { timeout: 150_000 }, () => {
  // The first view shows the lens; the other tabs draw their own widgets (type badges, stance
  // groups, correction forms), so each is checked open too.
  for (const query of ['?selected=country:prk&tab=entity', '?tab=path', '?tab=review']) {
    it(`${query}: no serious axe violation`, async () => {
      const [page, errors] = await openAt(1280, 800, query);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('keyboard', { timeout: 150_000 }, () => {
  it('moves between tabs with the arrow keys', async () => {
    const [page, errors] = await openAt(1280, 800);
    await page.focus('#tab-lens');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.communique?.state().tab)).toBe('path');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-path');
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => window.communique?.state().tab)).toBe('entity');
    expect(await page.getAttribute('#tab-entity', 'tabindex')).toBe('0');
    expect(await page.getAttribute('#tab-lens', 'tabindex')).toBe('-1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focuses the canvas, zooms with + and steps to an entity with n, opens it with Enter', async () => {
    const [page, errors] = await openAt(1280, 800);
    await page.focus('#sigma-container');
    const ratio = () => page.evaluate(() => window.communique?.renderer.getCamera().ratio ?? 0);
    const before = await ratio();
    await page.keyboard.press('+');
    await expect.poll(ratio).toBeLessThan(before);
    await page.keyboard.press('n');
    await expect.poll(() => page.textContent('#graph-cursor')).toMatch(/1 of \d+/);
    const cursor = await page.getAttribute('#sigma-container', 'data-cursor');
    expect(cursor).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.communique?.state().selected)).toBe(cursor);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the focus on a filter after it redraws the graph', async () => {
    const [page, errors] = await openAt(1280, 800);
    await page.click('details.filters summary');
    await page.focus('fieldset[data-filter="types"] input[value="Country"]');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.evaluate(() => window.communique?.state().types))
      .toEqual(['Country']);
    await page.evaluate(() => window.communique?.settled());
    expect(
      await page.evaluate(() => {
        const a = document.activeElement;
        return a instanceof HTMLInputElement ? [a.name, a.value, a.checked] : null;
      }),
    ).toEqual(['types', 'Country', true]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('announces the highlighted search option through aria-activedescendant', async () => {
    const [page, errors] = await openAt(1280, 800);
    await page.fill('#search-input', 'Korea');
    await page.waitForSelector('#search-input-list li');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('#search-input', 'aria-activedescendant');
    expect(active).toBe('search-input-option-0');
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });
});
