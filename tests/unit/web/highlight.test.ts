import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../../web/text/highlight';

describe('splitHighlights', () => {
  const text = 'They urged Russia and North Korea to cease.';

  it('splits into plain and marked runs that join back to the sentence', () => {
    const runs = splitHighlights(text, [
      { start: 22, end: 33 },
      { start: 11, end: 17 },
    ]);
    expect(runs).toEqual([
      { text: 'They urged ', marked: false },
      { text: 'Russia', marked: true },
      { text: ' and ', marked: false },
      { text: 'North Korea', marked: true },
      { text: ' to cease.', marked: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('clamps out-of-range spans, ignores empty ones, and does not mark twice on overlap', () => {
    const runs = splitHighlights('abcdef', [
      { start: 4, end: 99 },
      { start: 2, end: 2 },
      { start: 1, end: 3 },
      { start: 2, end: 5 },
    ]);
    expect(runs).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'de', marked: true },
      { text: 'f', marked: true },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcdef');
  });

  it('keeps markup in the text as text', () => {
    const runs = splitHighlights('<img src=x onerror=alert(1)> said', [{ start: 0, end: 28 }]);
    expect(runs[0]).toEqual({ text: '<img src=x onerror=alert(1)>', marked: true });
  });
});
