/** Closed-loop load: N clients each sending the next request when the last one answered. */
import { percentile, round } from './measure';

export interface LoadRow {
  endpoint: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** Largest response body seen, in kB. */
  maxKb: number;
  /** The first request's time: an answer not cached yet for this ingest version. */
  firstMs: number;
}

export async function runClients(
  name: string,
  url: string,
  clients: number,
  seconds: number,
): Promise<LoadRow> {
  const first = performance.now();
  await fetch(url).then((r) => r.arrayBuffer());
  const firstMs = performance.now() - first;
  // Warm-up: plans, caches and the JIT, so the window measures the steady state.
  for (let i = 0; i < 2; i++) await fetch(url).then((r) => r.arrayBuffer());
  const latencies: number[] = [];
  let errors = 0;
  let maxBytes = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      try {
        const response = await fetch(url);
        const body = await response.arrayBuffer();
        if (!response.ok) errors++;
        maxBytes = Math.max(maxBytes, body.byteLength);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return {
    endpoint: name,
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / elapsed, 1),
    p50Ms: round(percentile(latencies, 50), 1),
    p95Ms: round(percentile(latencies, 95), 1),
    p99Ms: round(percentile(latencies, 99), 1),
    maxMs: round(Math.max(...latencies), 1),
    errors,
    maxKb: round(maxBytes / 1024, 1),
    firstMs: round(firstMs, 1),
  };
}
