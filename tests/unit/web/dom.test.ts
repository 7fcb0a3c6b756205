import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { el, option, svg } from '../../../web/dom';

const WEB = new URL('../../../web/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('one DOM helper, text only', () => {
  it('is the only place in web/ that creates elements, and nothing parses HTML', () => {
    const offenders: string[] = [];
    for (const file of sources(WEB)) {
      const name = relative(WEB, file);
      const text = readFileSync(file, 'utf8');
      if (/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/.test(text))
        offenders.push(`${name}: parses HTML`);
      if (name !== 'dom.ts' && /createElement(NS)?\(|function el\b/.test(text))
        offenders.push(`${name}: builds elements itself`);
    }
    expect(offenders).toEqual([]);
  });

  describe('in a DOM', () => {
    const saved = globalThis.document;
    beforeAll(() => {
      globalThis.document = parseHTML('<!doctype html><html><body></body></html>').document;
    });
    afterAll(() => {
      globalThis.document = saved;
    });

    it('puts markup in as text, never as elements', () => {
      const hostile = '<img src=x onerror=alert(1)><b>bold</b>';
      const node = el('p', { text: hostile, attrs: { 'data-x': '"><script>' } }, [
        hostile,
        null,
        false,
      ]);
      expect(node.children.length).toBe(0);
      expect(node.textContent).toBe(hostile + hostile);
      expect(node.getAttribute('data-x')).toBe('"><script>');
      expect(option('v', hostile).textContent).toBe(hostile);
      expect(svg('text', { x: 1 }, hostile).children.length).toBe(0);
    });
  });
});
