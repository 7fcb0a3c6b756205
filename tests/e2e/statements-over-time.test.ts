/**
 * Statements over time in headless Chromium, against the real app and a real Neo4j holding the
 * two trilateral statements of data/corpus (2021-04-02 and 2025-09-22) through the real ingest:
 * the compare view and a topic's timeline opened from the entity panel.
 */
import { basename } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { listDocumentFiles } from '../../ingest/listFiles';
import { loadDocument } from '../../ingest/load/loadBatch';
import { hostileFixture, XSS_ID, XSS_NAME } from '../integration/api-fixture';
import { launchBrowser } from '../support/browser';
import { resetDatabase, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const CORPUS = new URL('../../data/corpus', import.meta.url).pathname;
const TOPIC = 'topic:denuclearization';
let db: Database;
let server: RunningApp;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let ids: { before: string; after: string };

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const files = listDocumentFiles([CORPUS]).filter((f) =>
    /^(2021-04-02|2025-09-22).*trilateral/.test(basename(f)),
  );
  const outcomes = await ingestFiles(db, files);
  for (const o of outcomes) if (o.error) throw o.error;
  const docs = outcomes.map((o) => o.docId ?? '').sort();
  ids = { before: docs[0] ?? '', after: docs[docs.length - 1] ?? '' };
  await loadDocument(db, hostileFixture());
  server = await startTestApp(db);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('dialog', (d) => {
    pageErrors.push(`dialog: ${d.message()}`);
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
const lensDates = () => page.locator('#lens-list time').allTextContents();

describe('the DPRK lens over time', () => {
  it('limits the lens to a date range, states it, and restores it on reload', async () => {
    await open();
    await page.waitForSelector('#lens-list li');
    expect(await page.textContent('#lens-range')).toMatch(/all statements/);
    expect(await lensDates()).toContain('2021-04-02');
    await page.fill('#lens-from', '2022-01-01');
    await expect.poll(async () => (await state())?.lensRange.from).toBe('2022-01-01');
    await settle();
    expect(await page.textContent('#lens-range')).toContain('dated 2022-01-01 or later');
    const dates = await lensDates();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date >= '2022-01-01', date).toBe(true);
    expect(page.url()).toContain('lensFrom=2022-01-01');

    await page.reload();
    await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 30_000 });
    await page.waitForSelector('#lens-list li');
    expect(await page.inputValue('#lens-from')).toBe('2022-01-01');
    expect(await page.textContent('#lens-range')).toContain('dated 2022-01-01 or later');
    expect(await lensDates()).not.toContain('2021-04-02');
  });

  it('starts at the last trilateral statement with the preset, and refuses a backwards range', async () => {
    await open('?lensTo=2021-12-31');
    await page.waitForSelector('#lens-since');
    await page.selectOption('#lens-since', 'trilateral');
    await expect.poll(async () => (await state())?.lensRange.since).toBe('trilateral');
    await settle();
    // Of the two trilateral statements loaded, the latest on or before the end date.
    expect(await page.textContent('#lens-range')).toMatch(
      /trilateral statement.*\(2021-04-02\), up to 2021-12-31/,
    );
    expect(await page.inputValue('#lens-from')).toBe('2021-04-02');
    for (const date of await lensDates()) expect(date).toBe('2021-04-02');

    await page.click('#lens-range-clear');
    await expect
      .poll(async () => (await state())?.lensRange)
      .toEqual({ from: null, to: null, since: null });
    await settle();
    await page.selectOption('#lens-since', 'trilateral');
    await settle();
    expect(await page.textContent('#lens-range')).toContain('(2025-09-22)');

    await page.click('#lens-range-clear');
    await settle();
    await page.fill('#lens-from', '2024-01-01');
    await settle();
    await page.fill('#lens-to', '2023-01-01');
    expect(await page.textContent('#lens-range-error')).toMatch(
      /start \(2024-01-01\) is after the end/,
    );
    expect((await state())?.lensRange).toEqual({ from: '2024-01-01', to: null, since: null });
  });
});

/** The ids checked on one side of the compare view. */
const chosen = (side: 'a' | 'b') =>
  page
    .locator(`#compare-${side}-list input:checked`)
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

describe('statements over time', () => {
  it('compares two sets chosen by search and by year: the lists with their sentences', async () => {
    await open();
    await page.click('#compare-open');
    // Before: everything of 2021 (the shortcut); after: the 2025 statements, one found by search.
    await page.click('#compare-a-clear');
    await page.click('#compare-a-year-2021');
    expect(await chosen('a')).toEqual([ids.before]);
    await page.click('#compare-b-clear');
    await page.fill('#compare-b-search', 'hostile');
    const visible = page.locator('#compare-b-list li:not([hidden])');
    expect(await visible.count()).toBe(1);
    await visible.locator('input').check();
    await page.fill('#compare-b-search', '');
    await page.check(`#compare-b-list input[value="${ids.after}"]`);
    expect((await chosen('b')).sort()).toEqual(['doc:2025-01-01-hostile', ids.after].sort());
    expect(await page.textContent('#compare-b-count')).toBe('2 chosen');
    // The same statement on both sides is refused in words, before any request.
    await page.check(`#compare-a-list input[value="${ids.after}"]`);
    await page.click('#compare-run');
    expect(await page.textContent('#compare-results')).toMatch(/on both sides/);
    await page.uncheck(`#compare-a-list input[value="${ids.after}"]`);

    await page.click('#compare-run');
    await page.waitForSelector('#compare-restated .compare-item');
    const heads = await page.locator('.compare-heads .side-b').textContent();
    expect(heads).toContain('2025-01-01');
    expect(heads).toContain('2025-09-22');
    for (const list of ['new', 'restated', 'dropped']) {
      const items = page.locator(`#compare-${list} .compare-item`);
      expect(await items.count(), list).toBeGreaterThan(0);
      const first = items.first();
      const sentences = await first.locator('.sentence').allTextContents();
      expect(sentences.join(' ').length, list).toBeGreaterThan(20);
    }
    // Both sets' sentences sit side by side: the restated denuclearization has each side's own.
    const restated = page.locator(`#compare-restated .compare-item[data-about="${TOPIC}"]`).first();
    expect(await restated.locator('.side-a time').allTextContents()).toEqual(
      expect.arrayContaining(['2021-04-02']),
    );
    for (const date of await restated.locator('.side-b time').allTextContents())
      expect(date.startsWith('2025-'), date).toBe(true);
    for (const section of ['stance', 'wording', 'appeared', 'disappeared', 'absences'])
      expect(await page.locator(`#compare-${section} h3`).count(), section).toBe(1);
    await page.screenshot({ path: '/tmp/c-compare-sets.png' });
    await page.click('#compare-dialog .time-close');
  });

  it('compares two chosen statements: new, restated and dropped, sentences side by side', async () => {
    expect(ids.before).toMatch(/2021-04-02/);
    expect(ids.after).toMatch(/2025-09-22/);
    await open();
    await page.click('#compare-open');
    // The dialog opens once the documents have come.
    await page.waitForSelector('#compare-b-list input:checked');
    // The oldest statement is chosen before, the newest after, until the analyst says otherwise.
    expect(await chosen('a')).toEqual([ids.before]);
    expect(await chosen('b')).toEqual([ids.after]);
    await page.click('#compare-run');
    await page.waitForSelector('#compare-restated .compare-item');
    for (const list of ['new', 'restated', 'dropped'])
      expect(await page.locator(`#compare-${list} .compare-item`).count(), list).toBeGreaterThan(0);
    const restated = page.locator(`#compare-restated .compare-item[data-about="${TOPIC}"]`).first();
    const before = await restated.locator('.side-a .sentence').allTextContents();
    const after = await restated.locator('.side-b .sentence').allTextContents();
    expect(before.join(' ')).toMatch(/denuclearization/);
    expect(after.join(' ')).toMatch(/denuclearization/);
    expect(before.join(' ')).not.toBe(after.join(' '));
    // A new position has the later sentence and nothing on the earlier side.
    const added = page.locator('#compare-new .compare-item').first();
    expect(await added.locator('.side-a .sentence').count()).toBe(0);
    expect(await added.locator('.side-b .sentence').count()).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/h8-compare.png' });
    await page.click('#compare-dialog .time-close');
  });

  it("opens a topic's timeline from the entity panel: first stated, then last seen", async () => {
    await open(`?selected=${encodeURIComponent(TOPIC)}&tab=entity`);
    await page.waitForSelector('#entity-name');
    await page.click('#timeline-this');
    await page.waitForSelector('#timeline-dialog svg.timeline-chart circle.mark');
    expect(await page.textContent('#timeline-dialog-title')).toContain('denuclearization');
    const entries = await page
      .locator('#timeline-list .timeline-entry')
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-mark'), n.querySelector('time')?.textContent]),
      );
    // The trilateral commitment to denuclearization: first stated in 2021, last seen in 2025.
    expect(entries).toContainEqual(['first', '2021-04-02']);
    expect(entries).toContainEqual(['last', '2025-09-22']);
    const dates = await page.locator('#timeline-list > li time').allTextContents();
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2021-04-02');
    expect(
      await page.locator('#timeline-dialog svg.timeline-chart circle.mark').count(),
    ).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/h8-timeline.png' });
  });

  it('renders names and titles with markup as text in the timeline and the compare view', async () => {
    await open(`?selected=${encodeURIComponent(XSS_ID)}&tab=entity`);
    await page.waitForSelector('#entity-name');
    await page.click('#timeline-this');
    await page.waitForSelector('#timeline-dialog svg.timeline-chart circle.mark');
    expect(await page.textContent('#timeline-dialog-title')).toBe(`Timeline: ${XSS_NAME}`);
    expect(await page.locator('#timeline-dialog svg.timeline-chart').textContent()).toContain(
      XSS_NAME,
    );
    expect(await page.locator('#timeline-list').textContent()).toContain(
      'A statement about <b>markup</b>',
    );
    await page.click('#timeline-dialog .time-close');
    await page.click('#compare-open');
    await page.click('#compare-a-clear');
    await page.check('#compare-a-list input[value="doc:2025-01-01-hostile"]');
    expect(await chosen('a')).toEqual(['doc:2025-01-01-hostile']);
    await page.click('#compare-run');
    await page.waitForSelector('#compare-dropped .compare-item');
    expect(await page.locator('#compare-dialog').textContent()).toContain(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#compare-dialog b, #timeline-dialog b').count()).toBe(0);
  });
});
