/**
 * Transaction-log volume written by Neo4j while a benchmark runs. Log files are append-only and
 * rotated; old ones are pruned at checkpoints (the launcher's retention), so the volume written is
 * the sum over every file ever seen of its largest size, sampled often enough to see each one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TxLogMeter {
  /** MB written since the meter started. */
  writtenMb(): number;
  /** MB on disk now (what retention keeps). */
  onDiskMb(): number;
  stop(): void;
}

function sizes(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const name of readdirSync(dir)) {
      if (name.includes('transaction')) out.set(name, statSync(join(dir, name)).size);
    }
  } catch {
    // not created yet, or a file pruned between readdir and stat
  }
  return out;
}

export function meterTxLogs(storeHome: string, intervalMs = 250): TxLogMeter {
  const dir = join(storeHome, 'data/transactions/neo4j');
  const start = sizes(dir);
  const largest = new Map(start);
  const sample = () => {
    for (const [name, size] of sizes(dir)) {
      largest.set(name, Math.max(size, largest.get(name) ?? 0));
    }
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  return {
    writtenMb() {
      sample();
      let bytes = 0;
      for (const [name, size] of largest) bytes += size - (start.get(name) ?? 0);
      return mb(bytes);
    },
    onDiskMb: () => mb([...sizes(dir).values()].reduce((a, b) => a + b, 0)),
    stop: () => clearInterval(timer),
  };
}
