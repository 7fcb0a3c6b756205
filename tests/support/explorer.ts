/**
 * One explorer in headless Chromium over a freshly seeded database, for the end-to-end tests:
 * the database reset and seeded, the test app started, one page open with every page error and
 * console error collected. `close()` tears down all three.
 */
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../db/connect';
import { ingestFiles } from '../../ingest/ingestFiles';
import { launchBrowser } from './browser';
import { resetDatabase, testDatabase } from './database';
import { type RunningApp, startTestApp } from './server';

export interface Explorer {
  db: Database;
  server: RunningApp;
  browser: Browser;
  page: Page;
  /** Errors the page raised or logged, oldest first; tests read and empty it. */
  errors: string[];
  close(): Promise<void>;
}

/** Ingests the given files (failing on any refused one): the usual seed. */
export const ingesting =
  (...files: string[]) =>
  async (db: Database): Promise<void> => {
    for (const outcome of await ingestFiles(db, files)) if (outcome.error) throw outcome.error;
  };

export async function startExplorer(
  seed: (db: Database) => Promise<unknown>,
  viewport = { width: 1400, height: 900 },
): Promise<Explorer> {
  const db = testDatabase();
  await resetDatabase(db);
  await seed(db);
  const server = await startTestApp(db);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return {
    db,
    server,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}
