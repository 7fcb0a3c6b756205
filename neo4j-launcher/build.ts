/**
 * Compiles the launcher class and resolves Neo4j's jars through Maven, once. Later starts reuse
 * `target/classes` and the jar paths in `target/classpath.txt` (Maven's local cache), so they
 * need no network and no Maven at all.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Neo4jUnavailableError } from './errors';

const run = promisify(execFile);
const LAUNCHER_DIR = new URL('.', import.meta.url).pathname;
const CLASS_FILE = join(LAUNCHER_DIR, 'target/classes/communique/Launcher.class');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target/classpath.txt');
const SOURCES = ['pom.xml', 'src/main/java/communique/Launcher.java'].map((f) =>
  join(LAUNCHER_DIR, f),
);

const INSTALL_HINT =
  'Install Java 17+ and Maven (Debian: apt-get install -y openjdk-17-jdk-headless maven), or set NEO4J_URI to a Neo4j 5 server you already run.';

function isUpToDate(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(CLASSPATH_FILE)) return false;
  const built = Math.min(statSync(CLASS_FILE).mtimeMs, statSync(CLASSPATH_FILE).mtimeMs);
  if (SOURCES.some((f) => statSync(f).mtimeMs > built)) return false;
  // The Maven cache may have been cleaned since: every jar must still be there.
  return readFileSync(CLASSPATH_FILE, 'utf8')
    .trim()
    .split(':')
    .every((jar) => existsSync(jar));
}

async function hasCommand(command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args);
    return true;
  } catch {
    return false;
  }
}

/** Returns the Java classpath of the launcher, building it first when needed. */
export async function launcherClasspath(): Promise<string> {
  if (!(await hasCommand('java', ['-version']))) {
    throw new Neo4jUnavailableError(`neo4j-launcher: no Java found. ${INSTALL_HINT}`);
  }
  if (!isUpToDate()) {
    if (!(await hasCommand('mvn', ['-v']))) {
      throw new Neo4jUnavailableError(`neo4j-launcher: no Maven found. ${INSTALL_HINT}`);
    }
    try {
      await run(
        'mvn',
        [
          '-B',
          '-q',
          'compile',
          'dependency:build-classpath',
          `-Dmdep.outputFile=${CLASSPATH_FILE}`,
        ],
        { cwd: LAUNCHER_DIR, maxBuffer: 16 * 1024 * 1024 },
      );
      // Maven leaves an unchanged class or classpath file untouched: stamp both as built now, or
      // a source edit would make every later start run Maven again (minutes on a busy machine).
      const now = new Date();
      for (const file of [CLASS_FILE, CLASSPATH_FILE]) utimesSync(file, now, now);
    } catch (error) {
      const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : '';
      throw new Neo4jUnavailableError(
        `neo4j-launcher: Maven could not build the launcher (no access to Maven Central?). ${INSTALL_HINT}\n${output.slice(-2000)}`,
      );
    }
  }
  return `${join(LAUNCHER_DIR, 'target/classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}
