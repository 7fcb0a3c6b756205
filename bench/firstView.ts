/**
 * The explorer's first view in headless Chromium, for the benchmarks: navigation until the graph
 * is drawn and until the app says it is ready, with the page's requests logged (what the ready
 * mark waited for).
 */
import { launchBrowser } from '../tests/support/browser';

export interface FirstView {
  graphMs: number;
  /** Null when the app did not say it was ready within 120 s. */
  readyMs: number | null;
}

/** Navigation until `ready`, with what the page waited for: its API requests' ends and layout. */
export async function firstViewMs(
  base: string,
  label: string,
  log: (line: string) => void,
): Promise<FirstView> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const started = performance.now();
    await page.goto(base);
    await page.waitForFunction(() => window.communique?.graphDrawn === true, null, {
      timeout: 120_000,
      polling: 50,
    });
    const drawnMs = Math.round(performance.now() - started);
    // The panels (the open Connections tab among them) may take longer than the graph.
    const ready = await page
      .waitForFunction(() => window.communique?.ready === true, null, {
        timeout: 120_000,
        polling: 50,
      })
      .then(
        () => true,
        () => false,
      );
    const ms = ready ? Math.round(performance.now() - started) : null;
    const steps = await page.evaluate(() => ({
      layout: window.communique?.view.lastLayout,
      // Every request of the page (the bundle too), from its start to its end, in ms since
      // navigation: what the ready mark may have waited for.
      requests: [
        ...(performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]).map(
          (e) =>
            `document ${Math.round(e.startTime)}–${Math.round(e.responseEnd)} (DOMContentLoaded ${Math.round(e.domContentLoadedEventEnd)})`,
        ),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => {
          const url = new URL(e.name);
          const name = url.pathname.startsWith('/api/')
            ? url.pathname
            : url.pathname.split('/').pop();
          return `${name} ${Math.round(e.startTime)}–${Math.round(e.responseEnd)}`;
        }),
      ],
    }));
    log(
      `first view ${label}: graph drawn ${drawnMs} ms, ready ${ms ?? 'not within 120 s'} ms, layout ${steps.layout}; ${steps.requests.join('; ')}`,
    );
    return { graphMs: drawnMs, readyMs: ms };
  } finally {
    await browser.close();
  }
}
