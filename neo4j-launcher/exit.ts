/** The message `npm run neo4j` prints when the JVM dies on its own. */
import type { Neo4jExit } from './start';

export function describeExit(exit: Neo4jExit): string {
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const hint =
    exit.signal === 'SIGKILL'
      ? ' (out of memory? check `dmesg`, or lower NEO4J_HEAP / NEO4J_PAGECACHE)'
      : '';
  const last = exit.lastError
    ? `\nLast error from the JVM:\n${exit.lastError}`
    : '\nThe JVM wrote no error.';
  return `neo4j-launcher: Neo4j ${how}${hint}.${last}`;
}
