/**
 * Curation in headless Chromium: an analyst hides an entity from its panel (with who and why),
 * it leaves the graph and the lens, the review panel lists it, and undo there brings it back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionsResponse } from '../../contract/api';
import { type Explorer, ingesting, startExplorer } from '../support/explorer';

const FIRST = new URL(
  '../../data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt',
  import.meta.url,
).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let explorer: Explorer;
let server: Explorer['server'];
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer(ingesting(FIRST));
  ({ server, page } = explorer);
});

afterAll(() => explorer?.close());

afterEach(() => {
  const errors = explorer.errors.splice(0);
  expect(errors, 'errors in the page').toEqual([]);
});

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => window.communique?.ready === true, null, { timeout: 90_000 });
}

const settle = () => page.evaluate(() => window.communique?.settled());
const inGraph = (id: string) => page.evaluate((k) => window.communique?.graph.hasNode(k), id);
const inLens = async (id: string) =>
  (await page.locator(`#panel-lens li.connection[data-id="${id}"]`).count()) > 0;

/** axe-core over the curation UI only (`selector`): the rest of the app has its own checks. */
async function seriousViolations(selector: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: string): Promise<{ violations: { id: string; impact: string | null }[] }>;
        };
      }
    ).axe;
    return (await axe.run(include)).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${JSON.stringify((v as unknown as { nodes: { target: string[] }[] }).nodes.map((n) => n.target.join(' ')))}`,
      );
  }, selector);
}

describe('curation', { timeout: 240_000 }, () => {
  it('hides an entity, which leaves graph and lens, is listed for review, and undo restores it', async () => {
    const lens = (await (
      await fetch(`${server.url}/api/connections/country:prk`)
    ).json()) as ConnectionsResponse;
    // A topic the DPRK lens lists and the first view draws.
    await open();
    await settle();
    let target: { id: string; name: string } | undefined;
    for (const c of lens.connections)
      if ((await inGraph(c.entity.id)) && (await inLens(c.entity.id))) {
        target = c.entity;
        break;
      }
    if (!target) throw new Error('no lens entity is drawn in the first view');

    await page.click(`#panel-lens li.connection[data-id="${target.id}"] button.link`);
    await settle();
    await page.locator('#panel-entity details.curate > summary').first().click();
    await page.click('#curate-hide');
    await page.getByLabel('Your name').first().fill('E2E Analyst');
    await page.getByLabel('Why').first().fill('not a topic of this statement');
    expect(await seriousViolations('#panel-entity details.curate')).toEqual([]);
    await page.click('#panel-entity .curate-confirm');
    await page.waitForFunction((k) => !window.communique?.graph.hasNode(k), target.id, {
      timeout: 30_000,
    });
    await settle();
    await page.click('#tab-lens');
    await settle();
    expect(await inLens(target.id)).toBe(false);

    await page.click('#tab-review');
    await settle();
    const row = page.locator(`#review-list li[data-target="${target.id}"]`);
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(target.name);
    expect(text).toContain('E2E Analyst');
    expect(text).toContain('not a topic of this statement');
    expect(await seriousViolations('#panel-review')).toEqual([]);

    await row.locator('button.review-undo').click();
    await row.getByLabel('Why').fill('it was right');
    await row.locator('.curate-confirm').click();
    await page.waitForFunction((k) => window.communique?.graph.hasNode(k), target.id, {
      timeout: 30_000,
    });
    await settle();
    await page.locator(`#review-list li.undone[data-target="${target.id}"]`).waitFor();
    expect(
      await page.locator(`#review-list li[data-target="${target.id}"]`).textContent(),
    ).toContain('undone by E2E Analyst');
    await page.click('#tab-lens');
    await settle();
    expect(await inLens(target.id)).toBe(true);
  });
});
