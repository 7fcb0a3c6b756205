/** The console's lexical guard: tokens, not text; refusals with reasons; no false refusals of reads. */
import { describe, expect, it } from 'vitest';
import { CypherRefusedError } from '../../../server/cypher/errors';
import { guardQuery } from '../../../server/cypher/guard';
import { lex } from '../../../server/cypher/lexer';

function refusal(query: string): string {
  try {
    guardQuery(query);
  } catch (error) {
    if (error instanceof CypherRefusedError) return error.reason;
    throw error;
  }
  throw new Error(`not refused: ${query}`);
}

describe('lex', () => {
  it('drops comments and keeps strings as single tokens', () => {
    const { tokens } = lex(
      'MATCH (n) // CREATE (m)\n/* DELETE n */ RETURN \'SET x\' AS s, "DROP" AS d',
    );
    const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toEqual(['MATCH', 'n', 'RETURN', 'AS', 's', 'AS', 'd']);
    expect(tokens.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual(['SET x', 'DROP']);
  });

  it('handles escapes in strings and doubled backticks in names', () => {
    const { tokens } = lex("RETURN 'it\\'s CREATE' AS `a``b`, $p");
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['word', 'RETURN'],
      ['string', "it\\'s CREATE"],
      ['word', 'AS'],
      ['quoted', 'a`b'],
      ['symbol', ','],
      ['parameter', 'p'],
    ]);
  });

  it('ends a line comment at any line break a Cypher lexer might honour', () => {
    for (const br of ['\n', '\r', '\u2028', '\u2029', '\u0085']) {
      const words = lex(`RETURN 1 // x${br}CREATE (n)`).tokens.filter((t) => t.kind === 'word');
      expect(words.map((t) => t.text)).toContain('CREATE');
    }
  });

  it('reports unterminated strings, names and comments', () => {
    expect(lex("RETURN 'abc").unterminated).toBe('string');
    expect(lex('RETURN `abc').unterminated).toBe('quoted name');
    expect(lex('RETURN 1 /* CREATE (n)').unterminated).toBe('comment');
  });

  it('flags non-ASCII characters outside strings only', () => {
    expect(lex("RETURN 'Ｃré' AS x").nonAscii).toEqual([]);
    expect(lex('ＣREATE (n)').nonAscii.map((c) => c.char)).toEqual(['Ｃ']);
  });
});

describe('guardQuery allows reads', () => {
  it.each([
    'MATCH (n) RETURN n LIMIT 5',
    "RETURN 'CREATE' AS x",
    'RETURN "DELETE everything; DROP it" AS x',
    'MATCH (n:Entity) WHERE n.name CONTAINS $q RETURN n.set, n.create // DELETE later',
    'MATCH (n:`CREATE`) RETURN n',
    'MATCH (n) RETURN count(n) AS delete',
    "MATCH (n) RETURN n {.name, set: 1, create: 'x'}",
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.index.fulltext.queryNodes("entity_names", $q) YIELD node RETURN node',
    'CALL { MATCH (n) RETURN n } RETURN n',
    'CALL (x) { RETURN x } RETURN 1',
    'RETURN date.truncate("month", date()) AS d, point.distance(point({x: 1, y: 2}), point({x: 0, y: 0})) AS p',
    'MATCH p = (a)-[*1..3]-(b) RETURN p',
    'RETURN 1e3 AS a, 0x1F AS b, 1_000 AS c, 2.5 AS d, .5 AS e',
    "MATCH (n) WHERE n.id = 'a;b' RETURN n;",
    "RETURN 'Ｃｒéａｔｅ' AS fullwidthInAString",
  ])('%s', (query) => {
    expect(() => guardQuery(query)).not.toThrow();
  });

  it('drops one trailing semicolon', () => {
    expect(guardQuery('RETURN 1 ;  ').statement).toBe('RETURN 1');
  });
});

describe('guardQuery refuses', () => {
  it.each([
    ['CREATE (n)', /CREATE writes/],
    ['create (n)', /CREATE writes/],
    ['MATCH (n) SeT n.x = 1', /SET writes/],
    ['MATCH (n) DETACH DELETE n', /DETACH/],
    ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', /FOREACH/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ['USE system SHOW USERS', /USE selects/],
    ['SHOW USERS', /SHOW commands/],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1', /TRANSACTIONS commits by itself/],
    ['CALL dbms.security.createUser("x", "y", false)', /dbms\.security\.createUser is not on/],
    ['CALL `dbms`.`security`.createUser("x", "y")', /dbms\.security\.createUser is not on/],
    ['CALL db.createLabel("X")', /db\.createLabel is not on/],
    ['RETURN apoc.create.uuid() AS x', /function apoc\.create\.uuid/],
    ['MATCH (n) RETURN n; MATCH (m) DELETE m', /multiple statements/],
    ['RETURN 1; RETURN 2', /multiple statements/],
    ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN prefixes/],
    ['profile MATCH (n) RETURN n', /PROFILE prefixes/],
    ['ＣＲＥＡＴＥ (n)', /non-ASCII character U\+FF23 .*'Ｃ', which NFKC reads as 'C'/],
    ['MATCH (n)\u00a0RETURN n', /non-ASCII/],
    ['CR\u200bEATE (n)', /non-ASCII/],
    ['RETURN 1 /* CREATE (n)', /unterminated comment/],
    ["RETURN 'abc", /unterminated string/],
    ['// nothing here', /empty query/],
    ['MERGE (n:X)', /MERGE writes/],
    ['MATCH (n) REMOVE n:X', /REMOVE writes/],
    ['DROP INDEX entity_type', /DROP/],
    ['CREATE INDEX x FOR (n:X) ON (n.y)', /CREATE/],
    ['ALTER USER neo4j SET PASSWORD "x"', /ALTER/],
    ['CYPHER runtime=slotted MATCH (n) RETURN n', /query options/],
    ['MATCH (n) /* hide */ DELETE /* it */ n', /DELETE removes/],
    ["MATCH (n) WHERE n.x = 2.5LOAD CSV FROM 'file:///x' AS row RETURN row", /LOAD CSV/],
    [
      'CALL { MATCH (n) RETURN n } IN 2 CONCURRENT TRANSACTIONS RETURN 1',
      /IN \[CONCURRENT\] TRANSACTIONS/,
    ],
  ])('%s', (query, reason) => {
    expect(refusal(query)).toMatch(reason);
  });
});
