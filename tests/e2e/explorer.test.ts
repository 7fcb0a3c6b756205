/**
 * The explorer in headless Chromium against the real app and a real Neo4j holding the first
 * statement (through the real ingest) and a hand-built document naming a markup entity.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { loadDocument } from '../../ingest/load/loadBatch';
import { hostileFixture, XSS_ID, XSS_NAME } from '../integration/api-fixture';
import { distinctColours, launchBrowser } from '../support/browser';
import { resetDatabase, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
const SCREENSHOT = new URL('../../docs/screenshot.png', import.meta.url).pathname;
const DPRK = 'country:prk';

let db: Database;
let server: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];
let dialogs: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const [outcome] = await ingestFiles(db, [FIRST]);
  if (outcome?.error) throw outcome.error;
  await loadDocument(db, hostileFixture());
  server = await startTestApp(db);
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  expect(errors, 'errors in the page').toEqual([]);
});

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 30_000 });
}

const settle = () => page.evaluate(() => window.communique?.settled());

const state = () => page.evaluate(() => window.communique?.state());

async function downloaded(button: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await download.path();
  return readFileSync(path);
}

describe('explorer', () => {
  it('loads and draws the graph with sigma, and writes the README screenshot', async () => {
    await open();
    const order = await page.evaluate(() => window.communique?.graph.order ?? 0);
    expect(order).toBeGreaterThan(20);
    await page.waitForSelector('#lens-list li');
    const shot = await page.locator('#sigma-container').screenshot();
    expect(distinctColours(shot)).toBeGreaterThan(20);
    await page.screenshot({ path: SCREENSHOT });
    const written = PNG.sync.read(readFileSync(SCREENSHOT));
    expect([written.width, written.height]).toEqual([1400, 900]);
  });

  it('searching "North Korea" selects the DPRK and its panel shows evidence sentences', async () => {
    await open();
    await page.fill('#search-input', 'North Korea');
    await page.press('#search-input', 'Enter');
    await expect.poll(async () => (await state())?.selected).toBe(DPRK);
    await expect
      .poll(() => page.textContent('#entity-name'))
      .toBe("Democratic People's Republic of Korea");
    const sentences = page.locator('#panel-entity .evidence .sentence');
    expect(await sentences.count()).toBeGreaterThan(3);
    // The DPRK's own words are marked in its sentences.
    const marks = await page.locator('#panel-entity .evidence mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['North Korea']));
    expect(await page.locator('#panel-entity .aliases').textContent()).toContain('DPRK');
    expect(new URL(page.url()).searchParams.get('selected')).toBe(DPRK);
  });

  it('the lens lists at least 10 DPRK topics, denuclearization among them, each with its sentence', async () => {
    await open('?selected=country%3Aprk&tab=entity');
    await page.waitForSelector('#entity-name');
    await page.click('#lens-this'); // one click from the entity panel
    await page.click('#panel-lens button.chip:has-text("Program")');
    await page.click('#panel-lens button.chip:has-text("Region")');
    await expect.poll(async () => (await state())?.lensTypes).toEqual(['Topic']);
    await settle();
    await expect.poll(() => page.locator('#lens-list > li').count()).toBeGreaterThanOrEqual(10);
    const items = await page.locator('#lens-list > li').all();
    const names: string[] = [];
    for (const item of items) {
      names.push((await item.locator('.connection-head button.link').textContent()) ?? '');
      expect((await item.locator('.sentence').first().textContent())?.length).toBeGreaterThan(20);
    }
    expect(names).toContain('denuclearization');
    // The lens lights its entities in the graph: the DPRK and denuclearization are not dimmed.
    const lit = await page.evaluate(() => {
      const c = window.communique;
      const lens = c?.view.emphasis.lens;
      return lens
        ? [
            lens.has('country:prk'),
            [...lens].some((id) => c?.graph.getNodeAttribute(id, 'label') === 'denuclearization'),
          ]
        : [];
    });
    expect(lit).toEqual([true, true]);
  });

  it('a reload of the URL restores the view: selection, filters, focus, stance edges, positions', async () => {
    await open('?selected=country%3Aprk&tab=entity');
    await page.waitForSelector('#focus-this');
    await page.click('#focus-this');
    await page.check('#collapse-toggle');
    await expect.poll(async () => (await state())?.collapse).toBe(true);
    await settle();
    expect(
      await page.evaluate(() =>
        window.communique?.graph.everyNode((_k, a) => a.type !== 'Commitment'),
      ),
    ).toBe(true);
    await page.waitForSelector('#focus-bar:not([hidden])');
    const before = await state();
    const url = page.url();
    const position = await page.evaluate(() =>
      window.communique?.graph.getNodeAttributes('country:prk'),
    );
    await page.reload();
    await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 30_000 });
    await settle();
    expect(page.url()).toBe(url);
    expect(await state()).toEqual(before);
    await expect
      .poll(() => page.textContent('#entity-name'))
      .toBe("Democratic People's Republic of Korea");
    expect(await page.isVisible('#focus-bar')).toBe(true);
    const after = await page.evaluate(() =>
      window.communique?.graph.getNodeAttributes('country:prk'),
    );
    expect({ x: after?.x, y: after?.y }).toEqual({ x: position?.x, y: position?.y });
    expect(
      await page.evaluate(
        () => window.communique?.graph.filterEdges((_k, a) => a.type === 'STANCE').length,
      ),
    ).toBeGreaterThan(0);
  });

  it('hovering a node lights its neighbourhood and dims the rest', async () => {
    await open('?tab=entity');
    const point = await page.evaluate(() => {
      const r = window.communique?.renderer;
      const d = r?.getNodeDisplayData('country:prk');
      return r && d ? r.framedGraphToViewport(d) : null;
    });
    const box = await page.locator('#sigma-container').boundingBox();
    if (!point || !box) throw new Error('no DPRK node on screen');
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect
      .poll(() =>
        page.evaluate(() => window.communique?.view.emphasis.hovered?.has('country:prk') ?? false),
      )
      .toBe(true);
    const colours = await page.evaluate(() => {
      const c = window.communique;
      const lit = c?.view.emphasis.hovered;
      const dark = c?.graph.findNode((k, a) => !lit?.has(k) && a.type !== 'Commitment');
      const near = c?.graph.findNode(
        (k, a) => k !== 'country:prk' && !!lit?.has(k) && a.type !== 'Commitment',
      );
      return {
        dark: dark ? c?.renderer.getNodeDisplayData(dark)?.color : null,
        near: near
          ? [c?.renderer.getNodeDisplayData(near)?.color, c?.graph.getNodeAttribute(near, 'color')]
          : null,
      };
    });
    expect(colours.dark).toBe('#e4e7ea');
    expect(colours.near?.[0]).toBe(colours.near?.[1]);
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect
      .poll(() => page.evaluate(() => window.communique?.view.emphasis.hovered ?? null))
      .toBeNull();
  });

  it('a stance edge of the collapsed view opens its commitments with their sentences', async () => {
    await open('?collapse=1&tab=entity');
    await settle();
    const edge = await page.evaluate(() => {
      const c = window.communique;
      const key = c?.graph.findEdge((_k, a) => (a.commitments?.length ?? 0) > 1);
      // The wiring from sigma's clickEdge event on; sigma's own picking is sigma's business.
      if (key) c?.renderer.emit('clickEdge', { edge: key } as never);
      return key ? c?.graph.getEdgeAttributes(key) : null;
    });
    expect(edge?.type).toBe('STANCE');
    await expect.poll(() => page.textContent('#commitments-title')).toContain('→');
    expect(await page.locator('#panel-entity .evidence .sentence').count()).toBe(
      edge?.commitments?.length,
    );
    expect(await page.locator('#panel-entity .evidence mark').count()).toBeGreaterThan(0);
  });

  it('filters by stance through the toolbar and keeps it in the URL', async () => {
    await open('?stances=urge');
    const stances = () =>
      page.evaluate(() => [
        ...new Set(
          window.communique?.graph
            .filterNodes((_k, a) => a.type === 'Commitment')
            .map((k) => window.communique?.graph.getNodeAttribute(k, 'stance')),
        ),
      ]);
    expect(await stances()).toEqual(['urge']);
    await page.click('details.filters summary');
    await page.check('fieldset[data-filter="stances"] input[value="oppose"]');
    await expect.poll(async () => (await state())?.stances).toEqual(['oppose', 'urge']);
    await settle();
    expect((await stances()).sort()).toEqual(['oppose', 'urge']);
    expect(new URL(page.url()).searchParams.get('stances')).toBe('oppose,urge');
  });

  it('says what the first view shows, and finds a document to filter by as the user types', async () => {
    await open();
    expect(await page.textContent('#scope-notice')).toMatch(/^Showing the \d+ most connected/);
    await page.click('details.filters summary');
    await page.fill('#document-search', 'markup');
    const hostile = 'fieldset[data-filter="documents"] input[value="doc:2025-01-01-hostile"]';
    // Only the match is listed once the search has answered.
    await expect
      .poll(() => page.locator('fieldset[data-filter="documents"] label').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await page.check(hostile);
    await expect.poll(async () => (await state())?.docs).toEqual(['doc:2025-01-01-hostile']);
    await settle();
    const commitments = await page.evaluate(
      () => window.communique?.graph.filterNodes((_k, a) => a.type === 'Commitment').length,
    );
    expect(commitments).toBe(1);
    expect(await page.textContent('#scope-notice')).toContain('1 commitment of 1');
  });

  it('expands from a focus with a cap on hubs, shows more, and collapses', async () => {
    await open('?focus=country%3Aprk~3');
    await settle();
    const visible = () =>
      page.evaluate(
        () =>
          window.communique?.graph.filterNodes(
            (k, a) => a.type !== 'Commitment' && !!window.communique?.view.isVisible(k),
          ).length,
      );
    expect(await visible()).toBe(4);
    await page.click('#focus-bar .show-more');
    await expect.poll(async () => (await state())?.focus).toEqual({ 'country:prk': 23 });
    expect(await visible()).toBeGreaterThan(4);
    await page.click('#focus-clear');
    await expect
      .poll(visible)
      .toBe(
        await page.evaluate(
          () => window.communique?.graph.filterNodes((_k, a) => a.type !== 'Commitment').length,
        ),
      );
    expect(await page.isVisible('#focus-bar')).toBe(false);
  });

  it('draws what the Cypher console sends, added to the view or replacing it', async () => {
    await open();
    const order = await page.evaluate(() => window.communique?.graph.order ?? 0);
    await page.evaluate(() =>
      window.communique?.viewApi.showGraph(
        {
          nodes: [
            { key: 'topic:console-added', attributes: { name: 'console added', type: 'Topic' } },
          ],
          edges: [],
        },
        'add',
      ),
    );
    await settle();
    expect(await page.evaluate(() => window.communique?.graph.order)).toBe(order + 1);
    await page.evaluate(() =>
      window.communique?.viewApi.showGraph(
        {
          nodes: [
            { key: 'a', attributes: { name: 'A', type: 'Country' } },
            { key: 'b', attributes: { name: 'B', type: 'Topic' } },
          ],
          edges: [{ key: 'a-b', source: 'a', target: 'b', attributes: { type: 'ABOUT' } }],
        },
        'replace',
      ),
    );
    await settle();
    expect(
      await page.evaluate(() => [window.communique?.graph.order, window.communique?.graph.size]),
    ).toEqual([2, 1]);
  });

  it('exports PNG, GEXF and CSV files that parse', async () => {
    await open();
    const png = PNG.sync.read(await downloaded('#export-png'));
    expect(png.width).toBeGreaterThan(100);
    expect(distinctColours(PNG.sync.write(png))).toBeGreaterThan(10);

    const gexf = (await downloaded('#export-gexf')).toString('utf8');
    const parsed = parseGexf(Graph, gexf);
    expect(parsed.order).toBe(await page.evaluate(() => window.communique?.graph.order));
    expect(parsed.getNodeAttribute(DPRK, 'label')).toBe("Democratic People's Republic of Korea");

    const csv = (await downloaded('#export-csv')).toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'source_id,source,relation,stance,trigger,target_id,target,sentence,document,date',
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(csv).toContain('2025-09-22');
  });

  it('shows the shortest path with the sentence of each hop', async () => {
    await open('?tab=path&from=country%3Aprk&to=country%3Ajpn');
    await page.waitForSelector('#path-results .hop');
    const hops = await page.locator('#path-results .path').first().locator('.hop').all();
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops)
      expect((await hop.locator('.sentence').textContent())?.length).toBeGreaterThan(20);
  });

  it('renders an entity named with markup as text, never as HTML', async () => {
    dialogs = [];
    await open(`?selected=${encodeURIComponent(XSS_ID)}&tab=entity`);
    await expect.poll(() => page.textContent('#entity-name')).toBe(XSS_NAME);
    expect(await page.locator('#panel-entity').textContent()).toContain(
      'A statement about <b>markup</b>',
    );
    expect(await page.locator('img[onerror]').count()).toBe(0);
    expect(await page.locator('#panel-entity b').count()).toBe(0);
    await page.fill('#search-input', 'img src');
    await page.waitForSelector('#search-input-list li');
    expect(await page.locator('#search-input-list').textContent()).toContain(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
