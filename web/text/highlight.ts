/** Splits a sentence into plain and highlighted runs (pure: the DOM is built from the runs). */
import type { Span } from '../../contract/api';

export interface Run {
  text: string;
  marked: boolean;
}

/**
 * Spans are clamped to the text, sorted and merged; out-of-range or empty ones are ignored.
 * Joining the runs' text always gives back the sentence exactly.
 */
export function splitHighlights(text: string, spans: readonly Span[]): Run[] {
  const clean = spans
    .map((s) => ({
      start: Math.max(0, Math.min(text.length, s.start)),
      end: Math.max(0, Math.min(text.length, s.end)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const s of clean) {
    const start = Math.max(s.start, at);
    if (s.end <= at) continue;
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
