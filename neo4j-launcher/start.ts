/**
 * Starts the project's own Neo4j Community (embedded, Bolt on loopback) as a child JVM and stops
 * it cleanly. The JVM exits by itself when our stdin pipe closes, so even a SIGKILLed parent
 * leaves no Neo4j behind holding the store lock.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { launcherClasspath } from './build';
import { Neo4jUnavailableError } from './errors';

export interface LocalNeo4jOptions {
  home: string;
  /** Preferred Bolt port; when taken (or 0), a free one is used. */
  port: number;
  heap: string;
  pageCache: string;
  timeoutSeconds: number;
  /**
   * `quick` (the default) compiles Neo4j's hot code with the client compiler only (C1). On this
   * 2-core machine the optimising compiler (C2) spent about as much CPU recompiling Neo4j's large
   * code base as the queries themselves during a 3,000-document load (29 of 63 CPU-s); C1 code
   * runs somewhat slower but the load took 29% less CPU in all. `full` keeps both tiers, for a
   * long-lived server on a machine with cores to spare.
   */
  jit?: 'quick' | 'full';
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  /** The JVM's process id (benchmarks read its peak memory). */
  pid: number | undefined;
  /** The store directory (the benchmark reads its transaction logs). */
  home: string;
  /** Settles when the JVM exits for any reason; `expected` is false unless stop() asked it to. */
  exited: Promise<Neo4jExit>;
  stop(): Promise<void>;
}

export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  expected: boolean;
  /** The last lines the JVM wrote to stderr, or the last ERROR of its debug.log. */
  lastError: string;
}

/** Keeps the last lines of a stream, for the message when the JVM dies. */
function tailOf(stream: NodeJS.ReadableStream | null | undefined, max = 4000): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-max);
  });
  return () => text.trim();
}

function lastLoggedError(home: string): string {
  try {
    const lines = readFileSync(join(home, 'logs/debug.log'), 'utf8').trimEnd().split('\n');
    return lines
      .filter((l) => /\bERROR\b/.test(l))
      .slice(-3)
      .join('\n');
  } catch {
    return '';
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)))
      .listen(port, '127.0.0.1');
  });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function choosePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await portIsFree(preferred))) return preferred;
  return freePort();
}

function waitForReadyLine(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    let stderr = '';
    const timer = setTimeout(
      () =>
        fail(
          new Neo4jUnavailableError(
            `neo4j-launcher: Neo4j did not start within ${timeoutMs / 1000}s.`,
          ),
        ),
      timeoutMs,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('LAUNCHER READY')) {
        clearTimeout(timer);
        done();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(
        new Neo4jUnavailableError(
          `neo4j-launcher: Neo4j exited with code ${code} before it was ready.\n${stderr}`,
        ),
      );
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.stdin?.end(); // the launcher's signal to shut down
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const classpath = await launcherClasspath();
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const port = await choosePort(options.port);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      ...(options.jit === 'full' ? [] : ['-XX:TieredStopAtLevel=1']),
      '-cp',
      classpath,
      'communique.Launcher',
      home,
      String(port),
      '127.0.0.1',
      options.pageCache,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // If this process dies, closing the pipe makes the JVM shut down; killing it here is the backup.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  try {
    await waitForReadyLine(child, options.timeoutSeconds * 1000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  child.stdout?.resume();
  const stderrTail = tailOf(child.stderr);
  let stopping = false;
  const exited = new Promise<Neo4jExit>((done) => {
    const settle = (code: number | null, signal: NodeJS.Signals | null) =>
      done({
        code,
        signal,
        expected: stopping,
        lastError: stderrTail() || lastLoggedError(home),
      });
    if (child.exitCode !== null || child.signalCode !== null)
      settle(child.exitCode, child.signalCode);
    else child.once('exit', settle);
  });

  const uri = `bolt://127.0.0.1:${port}`;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
  return {
    uri,
    port,
    pid: child.pid,
    home,
    exited,
    stop: async () => {
      stopping = true;
      process.removeListener('exit', onExit);
      await stopChild(child);
    },
  };
}
