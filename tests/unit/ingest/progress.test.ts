import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine, startProgress } from '../../../ingest/cli/progress';

describe('ingest progress', () => {
  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(7)).toBe('0:07');
    expect(formatDuration(245)).toBe('4:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(Number.NaN)).toBe('?');
  });

  it('a line has count, rate, elapsed and ETA', () => {
    expect(progressLine(100, 1000, 4_000)).toBe(
      'ingest: 100/1000 documents (10%), 25.0/s, elapsed 0:04, ETA 0:36',
    );
    expect(progressLine(1000, 1000, 20_000)).toMatch(/1000\/1000 .*ETA 0:00$/);
  });

  it('off a terminal, prints plain lines periodically and once at the end', () => {
    const lines: string[] = [];
    const progress = startProgress(3, { tty: false, intervalMs: 0, write: (l) => lines.push(l) });
    progress.tick('a');
    progress.tick('b');
    progress.tick('c');
    progress.stop();
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/^ingest: 3\/3 documents \(100%\)/);
  });
});
