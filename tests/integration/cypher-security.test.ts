/**
 * The console is read-only by construction: a battery of write and administration attempts over
 * real HTTP against the real Neo4j, each refused with its reason, and the graph unchanged after.
 * Then each layer on its own (plan, read transaction), and the bounds: row limit, syntax errors,
 * body size, rate limit, timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse } from '../../contract/console';
import type { Database } from '../../db/connect';
import { applySchema } from '../../db/schema';
import { CypherRefusedError } from '../../server/cypher/errors';
import { executeRead } from '../../server/cypher/execute';
import { planReadOnly } from '../../server/cypher/plan';
import type { ErrorBody } from '../../server/errors';
import { graphCounts, testDatabase } from '../support/database';
import { type RunningApp, startTestApp } from '../support/server';

const SEED = `
CREATE (usa:Entity:Country {id: 'country:usa', name: 'United States', type: 'Country', aliases: ['US']}),
       (prk:Entity:Country {id: 'country:prk', name: "Democratic People's Republic of Korea", type: 'Country', aliases: ['DPRK']}),
       (den:Entity:Topic {id: 'topic:denuclearization', name: 'denuclearization', type: 'Topic', aliases: []}),
       (doc:Document {id: 'doc:test', title: 'Test statement', date: '2025-09-22'}),
       (s:Sentence {id: 'sentence:test:0', docId: 'doc:test', index: 0, text: 'They urged the DPRK to abandon its nuclear programs.'}),
       (c:Commitment {id: 'commitment:test:0:0', stance: 'urge', trigger: 'urged', docId: 'doc:test', text: 'They urged the DPRK to abandon its nuclear programs.'}),
       (s)-[:IN]->(doc), (s)-[:MENTIONS {start: 15, end: 19, text: 'DPRK'}]->(prk),
       (usa)-[:MADE]->(c), (c)-[:TARGETS]->(prk), (c)-[:ABOUT {implicit: false}]->(den), (c)-[:EVIDENCED_BY]->(s)`;

/** Empties the database in an auto-commit session (IN TRANSACTIONS needs one) and seeds it. */
async function seed(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
  await db.driver.executeQuery(SEED, {}, { database: db.database });
}

let db: Database;
let server: RunningApp;

async function post(
  query: string,
  params: Record<string, unknown> = {},
  app = server,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${app.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  db = testDatabase();
  await seed(db);
  server = await startTestApp(db, { CYPHER_RATE_LIMIT: 10_000 }, false);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** [query, what the refusal must say]: every write and administration trick we could think of. */
const BATTERY: [string, RegExp][] = [
  ["CREATE (n:Entity {id: 'evil'})", /CREATE writes/],
  ["create (n:Entity {id: 'evil'})", /CREATE writes/],
  ["MERGE (n:Entity {id: 'evil'})", /MERGE writes/],
  ["MATCH (n) SET n.name = 'pwned'", /SET writes/],
  ['MATCH (n) SET n += {pwned: true}', /SET writes/],
  ['MATCH (n:Entity) SET n:Evil', /SET writes/],
  ['MATCH (n) REMOVE n.name', /REMOVE writes/],
  ['MATCH (n:Commitment) DELETE n', /DELETE removes/],
  ['MATCH (n) DETACH DELETE n', /DETACH DELETE/],
  ['MATCH (n) FOREACH (x IN [1] | SET n.x = x)', /FOREACH/],
  ["INSERT (n:Evil {id: 'x'})", /INSERT writes/],
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
  ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", /LOAD CSV/],
  ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1', /TRANSACTIONS commits by itself/],
  [
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
    /DETACH|TRANSACTIONS commits by itself/,
  ],
  [
    'CALL { MATCH (n) RETURN n } IN 2 CONCURRENT TRANSACTIONS RETURN 1',
    /TRANSACTIONS commits by itself/,
  ],
  ["MATCH (n) WHERE n.x = 2.5LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
  ['CREATE INDEX evil FOR (n:Entity) ON (n.name)', /CREATE/],
  ['DROP INDEX entity_type', /DROP is a schema or administration command/],
  ['CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE', /CREATE/],
  ['DROP CONSTRAINT entity_id', /DROP/],
  ['SHOW USERS', /SHOW commands/],
  ['SHOW DATABASES', /SHOW commands/],
  ["CREATE USER mallory SET PASSWORD 'secret123' CHANGE NOT REQUIRED", /CREATE/],
  ["ALTER USER neo4j SET PASSWORD 'owned12345'", /ALTER is an administration command/],
  ['GRANT ROLE admin TO mallory', /GRANT/],
  ['STOP DATABASE neo4j', /STOP/],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
  ['USE system SHOW USERS', /USE selects another database/],
  ['USE neo4j MATCH (n) RETURN n', /USE selects another database/],
  [
    "CALL dbms.security.createUser('mallory', 'secret123', false)",
    /dbms\.security\.createUser is not on the console's read-only allow-list/,
  ],
  ['CALL dbms.listConfig()', /dbms\.listConfig is not on/],
  ['CALL dbms.components()', /dbms\.components is not on/],
  ["CALL db.createLabel('Evil')", /db\.createLabel is not on/],
  ["CALL db.createRelationshipType('EVIL')", /db\.createRelationshipType is not on/],
  ['CALL db.clearQueryCaches()', /db\.clearQueryCaches is not on/],
  ["CALL apoc.create.node(['Evil'], {})", /apoc\.create\.node is not on/],
  [
    "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {}) AS x",
    /function apoc\.cypher\.runFirstColumnSingle/,
  ],
  ["CALL `db.createLabel`('Evil')", /db\.createLabel is not on/],
  ["CALL `db`.`createLabel`('Evil')", /db\.createLabel is not on/],
  ['mAtCh (n) dEtAcH dElEtE n', /DETACH DELETE/],
  ['MATCH (n) /* only reading */ DELETE /* honest */ n', /DELETE removes/],
  ["MATCH (n) // harmless\nSET n.name = 'x' RETURN n", /SET writes/],
  ["MATCH (n) // harmless\u2028SET n.name = 'x' RETURN n", /non-ASCII character U\+2028 /],
  ["WITH 'just a string' AS s CREATE (:Evil {s: s})", /CREATE writes/],
  ['ＣＲＥＡＴＥ (n:Evil)', /non-ASCII character U\+FF23 .*NFKC reads as 'C'.*look-alike/],
  ['MATCH (n) D\u0415LETE n', /non-ASCII character U\+0415 .*'Е'/],
  ['MATCH (n) DE\u200bLETE n', /non-ASCII character U\+200B /],
  ['MATCH (n)\u00a0DETACH DELETE n', /non-ASCII character U\+00A0 /],
  ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', /multiple statements/],
  ['RETURN 1;CREATE (:Evil)', /multiple statements/],
  ['EXPLAIN CREATE (n:Evil)', /EXPLAIN prefixes are not accepted/],
  ['PROFILE MATCH (n) SET n.x = 1', /PROFILE prefixes are not accepted/],
  ['CYPHER runtime=slotted CREATE (:Evil)', /query options/],
  ['MATCH (n) WITH n CALL (n) { SET n.x = 1 } RETURN count(*)', /SET writes/],
  ['RETURN 1 /* unterminated CREATE (:Evil)', /unterminated comment/],
];

describe('the write and administration battery', () => {
  let before: { nodes: number; relationships: number };
  beforeAll(async () => {
    before = await graphCounts(db);
    expect(before.nodes).toBe(6);
  });

  it(`has at least 30 attempts (${BATTERY.length})`, () => {
    expect(BATTERY.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BATTERY)('refuses %j', async (query, reason) => {
    const { status, body } = await post(query);
    expect(status).toBe(403);
    const error = (body as ErrorBody).error;
    expect(error.code).toBe('cypher_refused');
    expect(error.message).toMatch(reason);
  });

  it('does not run Cypher carried by parameters', async () => {
    const payload = 'MATCH (n) DETACH DELETE n';
    const echo = await post('RETURN $q AS q', { q: payload });
    expect(echo.status).toBe(200);
    expect((echo.body as CypherResponse).rows).toEqual([[payload]]);
    const injected = await post('MATCH (n:Entity) WHERE n.name = $name RETURN n', {
      name: "x' OR 1=1 DETACH DELETE n //",
    });
    expect(injected.status).toBe(200);
    expect((injected.body as CypherResponse).rows).toEqual([]);
  });

  it('leaves the graph exactly as it was', async () => {
    expect(await graphCounts(db)).toEqual(before);
    const { records } = await db.driver.executeQuery(
      "MATCH (n) WHERE n:Evil OR n.name = 'pwned' OR n.x IS NOT NULL RETURN count(n) AS n",
      {},
      { database: db.database },
    );
    expect(records[0]?.get('n')).toBe(0);
    const users = await db.driver.executeQuery(
      'SHOW USERS YIELD user RETURN collect(user) AS users',
      {},
      { database: 'system' },
    );
    expect(users.records[0]?.get('users')).not.toContain('mallory');
  });
});

describe('each layer on its own', () => {
  const limits = { timeoutMs: 5_000, rowLimit: 10 };

  it('EXPLAIN: Neo4j plans writes, schema and DBMS queries as not read-only', async () => {
    for (const [query, type] of [
      ["CREATE (:Evil {id: 'x'})", /write query/],
      ['MATCH (n) SET n.x = 1 RETURN n', /write query|read-write/],
      ['CREATE INDEX evil FOR (n:Evil) ON (n.y)', /schema or system/],
      ["CALL db.createLabel('Evil')", /write query|read-write/],
      ['CALL dbms.components()', /schema or system/],
    ] as const) {
      const refused = planReadOnly(db, query, {}, limits);
      await expect(refused).rejects.toThrow(CypherRefusedError);
      await expect(refused).rejects.toThrow(type);
    }
    await expect(planReadOnly(db, "RETURN 'CREATE' AS x", {}, limits)).resolves.toBe('r');
  });

  it('the read transaction: Neo4j itself refuses a write that reached it', async () => {
    const attempt = executeRead(db, "CREATE (:Evil {id: 'x'})", {}, limits);
    await expect(attempt).rejects.toThrow(CypherRefusedError);
    await expect(attempt).rejects.toThrow(/read-only transaction/);
    expect((await graphCounts(db)).nodes).toBe(6);
  });
});

describe('reads', () => {
  it('answers an ordinary read with columns, JSON-safe rows, the graph and a summary', async () => {
    const { status, body } = await post(
      "MATCH p = (a:Country)-[:MADE]->(c:Commitment)-[:TARGETS]->(t:Country) RETURN a, c.stance AS stance, p, date('2025-09-22') AS day",
    );
    expect(status).toBe(200);
    const result = body as CypherResponse;
    expect(result.columns).toEqual(['a', 'stance', 'p', 'day']);
    expect(result.rows).toHaveLength(1);
    const [a, stance, path, day] = result.rows[0] ?? [];
    expect(a).toMatchObject({
      labels: expect.arrayContaining(['Country']),
      properties: { id: 'country:usa', name: 'United States' },
    });
    expect(stance).toBe('urge');
    expect(path).toMatchObject({
      nodes: [{}, {}, {}],
      relationships: [{ type: 'MADE' }, { type: 'TARGETS' }],
    });
    expect(day).toBe('2025-09-22');
    expect(result.graph.nodes.map((n) => n.key).sort()).toEqual([
      'commitment:test:0:0',
      'country:prk',
      'country:usa',
    ]);
    expect(result.graph.nodes.find((n) => n.key === 'country:usa')?.attributes).toMatchObject({
      name: 'United States',
      type: 'Country',
    });
    expect(result.graph.edges.map((e) => e.key).sort()).toEqual([
      'commitment:test:0:0->TARGETS->country:prk',
      'country:usa->MADE->commitment:test:0:0',
    ]);
    expect(result.summary).toMatchObject({ queryType: 'r', truncated: false });
    expect(typeof result.summary.resultAvailableAfterMs).toBe('number');
  });

  it("runs RETURN 'CREATE' (a keyword in a string is not a write)", async () => {
    const { status, body } = await post(
      'RETURN \'CREATE\' AS x, "DETACH DELETE" AS y // CREATE (n)',
    );
    expect(status).toBe(200);
    expect((body as CypherResponse).rows).toEqual([['CREATE', 'DETACH DELETE']]);
  });

  it('takes integers as integers (LIMIT $n) and leaves non-drawable nodes in the table only', async () => {
    const { status, body } = await post('MATCH (d:Document) RETURN d LIMIT $n', { n: 1 });
    expect(status).toBe(200);
    const result = body as CypherResponse;
    expect(result.rows).toHaveLength(1);
    expect(result.graph.nodes).toEqual([]);
    expect(result.summary.undrawnNodes).toBe(1);
  });

  it('stops at the row limit and says so', async () => {
    const at = await post('UNWIND range(1, 5000) AS x RETURN x');
    expect((at.body as CypherResponse).summary.truncated).toBe(false);
    expect((at.body as CypherResponse).rows).toHaveLength(5000);
    const over = await post('UNWIND range(1, 1000000) AS x RETURN x');
    expect(over.status).toBe(200);
    expect((over.body as CypherResponse).rows).toHaveLength(5000);
    expect((over.body as CypherResponse).summary).toMatchObject({
      truncated: true,
      rowLimit: 5000,
    });
  });
});

describe('errors and bounds', () => {
  it('answers a syntax error with 400, Neo4j’s message and the position in the user’s text', async () => {
    const one = await post('MATCH (n RETURN n');
    expect(one.status).toBe(400);
    const error = (one.body as ErrorBody).error;
    expect(error.code).toBe('cypher_syntax');
    expect(error.message).toMatch(/Invalid input 'RETURN'/);
    expect(error.position).toEqual({ line: 1, column: 10, offset: 9 });
    const two = await post('MATCH (n)\nRETURN n.name AS x,,');
    expect((two.body as ErrorBody).error.position).toMatchObject({ line: 2, column: 20 });
  });

  it('answers a missing parameter and a malformed body with 400', async () => {
    const missing = await post('RETURN $nothing AS x');
    expect(missing.status).toBe(400);
    expect((missing.body as ErrorBody).error.message).toMatch(/nothing/);
    const res = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1', params: 'CREATE (n)' }),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body over the limit with 413', async () => {
    const { status } = await post(`RETURN 1 // ${'x'.repeat(70 * 1024)}`);
    expect(status).toBe(413);
  });

  it('limits each client to CYPHER_RATE_LIMIT queries a minute (429)', async () => {
    const limited = await startTestApp(db, { CYPHER_RATE_LIMIT: 3 }, false);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1)
        statuses.push((await post('RETURN 1 AS x', {}, limited)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const { body } = await post('RETURN 1 AS x', {}, limited);
      expect((body as ErrorBody).error).toMatchObject({
        code: 'rate_limited',
        message: expect.stringMatching(/at most 3 a minute/),
      });
      const health = await fetch(`${limited.url}/api/health`);
      expect(health.status).toBe(200); // only the console is limited
    } finally {
      await limited.close();
    }
  });

  it('stops a runaway query at the timeout (408) while the server keeps answering', async () => {
    const slowApp = await startTestApp(db, { CYPHER_TIMEOUT_MS: 1500 }, false);
    try {
      const query =
        'UNWIND range(1, 1000000000) AS a WITH a WHERE a % 7 = 100 RETURN count(*) AS n';
      const started = Date.now();
      const slow = post(query, {}, slowApp);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const healthStart = performance.now();
      const health = await fetch(`${slowApp.url}/api/health`);
      const healthMs = performance.now() - healthStart;
      expect(health.status).toBe(200);
      expect(healthMs).toBeLessThan(1000);
      const { status, body } = await slow;
      expect(status).toBe(408);
      expect((body as ErrorBody).error).toMatchObject({
        code: 'cypher_timeout',
        message: expect.stringMatching(/1500 ms/),
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      const { records } = await db.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries',
        {},
        { database: db.database },
      );
      const running = (records[0]?.get('queries') as string[] | undefined) ?? [];
      expect(running.some((q) => q.includes('1000000000'))).toBe(false);
    } finally {
      await slowApp.close();
    }
  });
});
