/**
 * Headless Debian Chromium driven by playwright-core. The flags keep it off the network, which
 * this machine does not have; WebGL2 runs in software (SwiftShader), so sigma renders for real.
 */
import { type Browser, chromium } from 'playwright-core';
import { PNG } from 'pngjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Number of distinct colours in a PNG: a blank canvas has one. */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) {
    colours.add(
      ((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0),
    );
    if (colours.size > 64) break;
  }
  return colours.size;
}
