/**
 * A Neo4j that is down, for the tests of what the server does without one: a driver on a
 * loopback port nothing listens on (one just closed, so the connection is refused at once).
 */
import { createServer } from 'node:net';
import { createDriver, type Database, type DriverLimits } from '../../db/connect';

async function closedPort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

/** `limits` as the server's own driver takes them (the default: its own, retries included). */
export async function downDatabase(limits: DriverLimits = {}): Promise<Database> {
  const uri = `bolt://127.0.0.1:${await closedPort()}`;
  const driver = createDriver(uri, 'neo4j', 'neo4j', limits);
  return { driver, database: 'neo4j', uri, local: false, close: () => driver.close() };
}
