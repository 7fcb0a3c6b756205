/**
 * Ingest progress: documents done of total, rate, elapsed time and ETA. On a terminal a bar that
 * stays on screen when done; otherwise (a log file, CI, a pipe) a plain line every few seconds and
 * one at the end, so a long ingest is never silent.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  tick(file: string): void;
  stop(): void;
}

/** "1:02:03", "4:05", "0:07". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** One plain progress line, e.g. "ingest: 120/6909 (2%), 41.5/s, elapsed 0:03, ETA 2:44". */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.NaN;
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  return `ingest: ${done}/${total} documents (${percent}%), ${rate.toFixed(1)}/s, elapsed ${formatDuration(seconds)}, ETA ${done >= total ? '0:00' : formatDuration(eta)}`;
}

export function startProgress(
  total: number,
  options: { tty: boolean; intervalMs?: number; write?: (line: string) => void },
): Progress {
  const started = Date.now();
  let done = 0;
  if (options.tty) {
    const bar = new SingleBar({
      format:
        'ingest [{bar}] {value}/{total} · {rate}/s · elapsed {duration_formatted} · ETA {eta_formatted} {file}',
      etaBuffer: 50,
    });
    bar.start(total, 0, { file: '', rate: '0.0' });
    return {
      tick(file) {
        done += 1;
        const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
        bar.increment({ file, rate: rate.toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const interval = options.intervalMs ?? 10_000;
  let lastLine = started;
  return {
    tick() {
      done += 1;
      const now = Date.now();
      if (now - lastLine >= interval) {
        lastLine = now;
        write(progressLine(done, total, now - started));
      }
    },
    stop: () => write(progressLine(done, total, Date.now() - started)),
  };
}
