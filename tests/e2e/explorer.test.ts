/**
 * The explorer in headless Chromium against the real app and a real Neo4j holding the first
 * statement (through the real ingest) and a hand-built document naming a markup entity.
 */
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PathsResponse } from '../../contract/api';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { loadDocument } from '../../ingest/load/loadBatch';
import { fade } from '../../web/graph/palette';
import { hostileFixture, XSS_ID, XSS_NAME } from '../integration/api-fixture';
import { distinctColours, launchBrowser } from '../support/browser';
import { resetDatabase, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
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
  await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 90_000 });
}

const settle = () => page.evaluate(() => window.communique?.settled());

const state = () => page.evaluate(() => window.communique?.state());

async function downloaded(button: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await download.path();
  return readFileSync(path);
}

describe('explorer', { timeout: 150_000 }, () => {
  it('opens on entities only, stance edges with arrowheads, the heaviest entities named', async () => {
    await open();
    const first = await page.evaluate(() => {
      const c = window.communique;
      const g = c?.graph;
      const hubs = g?.filterNodes((_k, a) => a.hub === true) ?? [];
      const edge = g?.findEdge((_k, a) => a.type === 'STANCE');
      return {
        order: g?.order ?? 0,
        commitments: g?.filterNodes((_k, a) => a.type === 'Commitment').length,
        hubs: hubs.map((h) => g?.getNodeAttribute(h, 'label')),
        hubLabels: hubs.map((h) => c?.renderer.getNodeDisplayData(h)?.labelVisibility),
        head: edge ? c?.renderer.getEdgeDisplayData(edge)?.head : null,
      };
    });
    expect(first.order).toBeGreaterThan(20);
    expect(first.commitments).toBe(0);
    expect(first.hubs).toEqual(expect.arrayContaining(['United States', 'Japan']));
    expect(new Set(first.hubLabels)).toEqual(new Set(['visible']));
    expect(first.head).toBe('arrow');
    await page.waitForSelector('#lens-list li');
    const shot = await page.locator('#sigma-container').screenshot();
    expect(distinctColours(shot)).toBeGreaterThan(20);
    expect(await page.locator('#legend .legend-marks').textContent()).toContain('faded');
  });

  it('searching "North Korea" selects the DPRK and its panel shows evidence sentences', async () => {
    await open();
    await page.fill('#search-input', 'North Korea');
    await page.press('#search-input', 'Enter');
    await expect.poll(async () => (await state())?.selected, { timeout: 10_000 }).toBe(DPRK);
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
    await page.click('#panel-lens button.chip:has-text("Instrument")');
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
            // Commitment ids are in the lens too; in the stance-edge view they are edges.
            [...lens].some(
              (id) =>
                c?.graph.hasNode(id) &&
                c.graph.getNodeAttribute(id, 'label') === 'denuclearization',
            ),
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
    await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 90_000 });
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
        dark: dark
          ? [c?.renderer.getNodeDisplayData(dark)?.color, c?.graph.getNodeAttribute(dark, 'color')]
          : null,
        near: near
          ? [c?.renderer.getNodeDisplayData(near)?.color, c?.graph.getNodeAttribute(near, 'color')]
          : null,
      };
    });
    // Faded toward white, keeping a trace of its type's hue.
    expect(colours.dark?.[0]).toBe(fade(colours.dark?.[1] ?? ''));
    expect(colours.dark?.[0]).not.toBe(colours.dark?.[1]);
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
    await open('?stances=urge&collapse=0');
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

  it('the type filter keeps only the ticked types, actors included', async () => {
    await open('?types=Country,Topic');
    const types = await page.evaluate(() => [
      ...new Set(window.communique?.graph.mapNodes((_k, a) => a.type)),
    ]);
    expect(types.sort()).toEqual(['Country', 'Topic']);
  });

  it('says what the first view shows, and finds a document to filter by as the user types', async () => {
    // Commitments as nodes (the first view collapses them into stance edges), so they can be counted.
    await open('?collapse=0');
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
    // Commitments as nodes: every entity of a DPRK commitment is a neighbour.
    await open('?focus=country%3Aprk~3&collapse=0');
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

  it('draws a console result over the view only on request, and "back to explorer" restores the URL view', async () => {
    await open('?collapse=0');
    const url = page.url();
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
    await page.evaluate(() => window.communique?.viewApi.restore());
    await settle();
    expect(await page.evaluate(() => window.communique?.graph.order)).toBe(order);
    expect(await page.evaluate(() => window.communique?.graph.hasNode('topic:console-added'))).toBe(
      false,
    );
    expect(page.url()).toBe(url);
  });

  it('exports a framed PNG, and GEXF, GraphML and CSV with evidence and the implicit mark', async () => {
    await open();
    const canvas = await page.evaluate(() => window.communique?.renderer.getStageCanvas().height);
    const png = PNG.sync.read(await downloaded('#export-png'));
    expect(png.width).toBeGreaterThan(100);
    // Title above and legend below the graph: taller than the canvas itself.
    expect(png.height).toBeGreaterThan(canvas ?? 0);
    expect(distinctColours(PNG.sync.write(png))).toBeGreaterThan(10);

    const gexf = (await downloaded('#export-gexf')).toString('utf8');
    expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const parsed = parseGexf(MultiDirectedGraph, gexf);
    expect(parsed.order).toBe(
      await page.evaluate(
        () => window.communique?.graph.filterNodes((_k, a) => a.type !== 'Commitment').length,
      ),
    );
    expect(parsed.getNodeAttribute(DPRK, 'label')).toBe("Democratic People's Republic of Korea");
    const edges = parsed.mapEdges((_k, a) => a as Record<string, string>);
    const urged = edges.find((e) => e.stance === 'urge');
    expect(urged?.sentence?.length).toBeGreaterThan(20);
    expect(urged?.date).toBe('2025-09-22');
    expect(urged?.document?.length).toBeGreaterThan(5);
    expect(edges.some((e) => e.link === 'implicit')).toBe(true);
    expect(edges.some((e) => e.link === 'stated')).toBe(true);

    const graphml = (await downloaded('#export-graphml')).toString('utf8');
    expect(graphml).toContain('<data key="e_link">implicit</data>');

    const csv = (await downloaded('#export-csv')).toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'source_id,source,relation,stance,trigger,target_id,target,sentence,document,date,link',
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(csv).toContain('2025-09-22');
    expect(lines.some((l) => l.endsWith(',implicit'))).toBe(true);
  });

  it('marks links implied by a heading as implicit in the lens and the entity panel', async () => {
    await open();
    await page.waitForSelector('#lens-list li');
    const implicitItem = page.locator('#lens-list li[data-link="implicit"]').first();
    expect(await implicitItem.locator('.connection-head .badge.implicit').count()).toBe(1);
    expect(await page.locator('#lens-summary').textContent()).toMatch(
      /Direct: showing \d+ of \d+\. Through an intermediary: showing \d+ of \d+/,
    );
    const before = await page.locator('#lens-list li').count();
    await page.check('#lens-stated');
    await expect.poll(async () => (await state())?.statedOnly).toBe(true);
    await settle();
    expect(await page.locator('#lens-list li[data-link="implicit"]').count()).toBe(0);
    expect(await page.locator('#lens-list li').count()).toBeLessThan(before);
    expect(await page.isChecked('#lens-stated')).toBe(true);

    await open(`?selected=${encodeURIComponent(DPRK)}&tab=entity`);
    await page.waitForSelector('#entity-name');
    const badged = page.locator('#panel-entity .evidence.is-implicit');
    expect(await badged.count()).toBeGreaterThan(0);
    expect(await badged.first().locator('.badge.implicit').textContent()).toBe('implicit');
  });

  it('shows the shortest paths first, each hop read actor → stance → about, framed on screen', async () => {
    const query = 'from=country%3Aprk&to=country%3Ajpn';
    await open(`?tab=path&${query}`);
    await page.waitForSelector('#path-results .hop');
    await settle();
    const titles = await page.locator('#path-results .path h3').allTextContents();
    const hopCounts = titles.map((t) => Number(/(\d+) hop/.exec(t)?.[1]));
    expect(hopCounts).toEqual([...hopCounts].sort((a, b) => a - b));
    const data = (await page.evaluate(
      (q) => fetch(`/api/paths?${q}`).then((r) => r.json()),
      query,
    )) as PathsResponse;
    const first = page.locator('#path-results .path').first();
    const heads = await first.locator('.hop-head').all();
    const hops = data.paths[0]?.hops ?? [];
    expect(heads.length).toBe(hops.length);
    let directed = 0;
    for (const [i, head] of heads.entries()) {
      const hop = hops[i];
      const roles = hop?.via.kind === 'commitment' ? (hop.via.roles ?? []) : [];
      const names = await head.locator('button.link').allTextContents();
      // The actor (who stated it) is written first, whichever way the path walked the hop.
      if (hop && roles.filter((r) => r === 'actor').length === 1) {
        directed++;
        expect(names[0]).toBe(roles[0] === 'actor' ? hop.from.name : hop.to.name);
      }
      const sentence = await first.locator('.hop').nth(i).locator('.sentence').textContent();
      expect(sentence?.length).toBeGreaterThan(20);
    }
    expect(directed).toBeGreaterThan(0);
    // Every entity of the path is inside the graph's viewport.
    const inside = await page.evaluate(() => {
      const c = window.communique;
      const box = document.getElementById('sigma-container')?.getBoundingClientRect();
      return [...(c?.view.emphasis.path ?? [])].every((id) => {
        if (!c?.graph.hasNode(id) || !box) return true; // commitments are edges in this view
        const p = c.renderer.framedGraphToViewport(
          c.renderer.getNodeDisplayData(id) ?? { x: 0, y: 0 },
        );
        return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
      });
    });
    expect(inside).toBe(true);
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
