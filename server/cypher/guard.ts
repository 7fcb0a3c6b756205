/**
 * The console's lexical guard: refuses, before Neo4j sees it, any query that is not one plain
 * read statement of the current database. It works on tokens (comments and string literals
 * removed), so `RETURN 'CREATE'` passes and a keyword cannot hide behind a comment trick.
 * It is one layer of several: EXPLAIN's query type is the authority on writes, and the query
 * runs in a read transaction; this layer catches what those do not (LOAD CSV plans as a read, `USE`,
 * administration commands, procedures off the allow-list) and gives clear reasons.
 */

import { isAllowedFunction, isAllowedProcedure } from './allowList';
import { CypherRefusedError } from './errors';
import { keyword, lex, type Token } from './lexer';

/** Clause keywords that write, and why each is refused. */
const FORBIDDEN: Record<string, string> = {
  CREATE: 'CREATE writes to the graph (or the schema)',
  INSERT: 'INSERT writes to the graph',
  MERGE: 'MERGE writes to the graph',
  SET: 'SET writes properties or labels',
  REMOVE: 'REMOVE writes properties or labels',
  DELETE: 'DELETE removes nodes or relationships',
  DETACH: 'DETACH DELETE removes nodes and relationships',
  FOREACH: 'FOREACH only runs updating clauses',
  LOAD: 'LOAD CSV reads files or URLs from the server; the console reads the graph only',
  USE: 'USE selects another database; the console queries only the communique graph',
  PERIODIC: 'USING PERIODIC COMMIT commits by itself',
  DROP: 'DROP is a schema or administration command',
  ALTER: 'ALTER is an administration command',
  RENAME: 'RENAME is an administration command',
  GRANT: 'GRANT is an administration command',
  DENY: 'DENY is an administration command',
  REVOKE: 'REVOKE is an administration command',
  SHOW: 'SHOW commands are administration commands (they may run against the system database)',
  START: 'START is an administration command',
  STOP: 'STOP is an administration command',
  TERMINATE: 'TERMINATE is an administration command',
  ENABLE: 'ENABLE is an administration command',
  DEALLOCATE: 'DEALLOCATE is an administration command',
  REALLOCATE: 'REALLOCATE is an administration command',
  DRYRUN: 'DRYRUN is an administration command',
  TRANSACTIONS: 'CALL { … } IN [CONCURRENT] TRANSACTIONS commits by itself',
  CYPHER: 'query options (CYPHER …) are not accepted; the console plans every query itself',
};

/** A statement the guard let through: the text to plan and run, without a trailing `;`. */
export interface GuardedQuery {
  statement: string;
}

const refuse = (reason: string): never => {
  throw new CypherRefusedError(reason);
};

function hex(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A word in keyword position: not a property (`n.set`), label (`:Create`), map key or alias. */
function isKeywordPosition(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before?.kind === 'symbol' && (before.text === '.' || before.text === ':')) return false;
  if (after?.kind === 'symbol' && after.text === ':') return false;
  return keyword(before) !== 'AS';
}

/** Reads a dotted name (`db.index.fulltext.queryNodes`, backticked parts too) from `start`. */
function dottedName(tokens: Token[], start: number): { name: string; end: number } {
  const parts: string[] = [];
  let i = start;
  while (tokens[i]?.kind === 'word' || tokens[i]?.kind === 'quoted') {
    parts.push((tokens[i] as Token).text);
    if (tokens[i + 1]?.text !== '.' || tokens[i + 1]?.kind !== 'symbol')
      return { name: parts.join('.'), end: i + 1 };
    i += 2;
  }
  return { name: parts.join('.'), end: i };
}

function checkStatementShape(tokens: Token[]): void {
  const first = keyword(tokens[0]);
  if (first === 'EXPLAIN' || first === 'PROFILE') {
    refuse(
      `${first} prefixes are not accepted: the console plans every query itself (send the query without ${first})`,
    );
  }
  const separator = tokens.findIndex(
    (t, i) => t.kind === 'symbol' && t.text === ';' && i < tokens.length - 1,
  );
  if (separator >= 0)
    refuse(
      `multiple statements: only one statement per request (a ';' at offset ${tokens[separator]?.offset})`,
    );
}

function checkKeywords(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    const word = keyword(token);
    if (!word || !isKeywordPosition(tokens, i)) return;
    const reason = FORBIDDEN[word];
    if (reason) refuse(`${reason}; the console is read-only (at offset ${token.offset})`);
  });
}

function checkCalls(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const isCall = keyword(token) === 'CALL' && isKeywordPosition(tokens, i);
    if (isCall) {
      const next = tokens[i + 1];
      if (next?.kind === 'symbol' && (next.text === '{' || next.text === '(')) continue; // a subquery
      const { name, end } = dottedName(tokens, i + 1);
      if (!name) refuse(`CALL must name a procedure (at offset ${token.offset})`);
      if (!isAllowedProcedure(name))
        refuse(`procedure ${name} is not on the console's read-only allow-list`);
      i = end - 1;
      continue;
    }
    // A dotted name followed by '(' is a namespaced function call; plain names are built-ins.
    const startsName =
      (token.kind === 'word' || token.kind === 'quoted') && tokens[i - 1]?.text !== '.';
    if (!startsName) continue;
    const { name, end } = dottedName(tokens, i);
    const opens = tokens[end]?.kind === 'symbol' && tokens[end]?.text === '(';
    if (opens && name.includes('.') && !isAllowedFunction(name)) {
      refuse(`function ${name} is not on the console's read-only allow-list`);
    }
    i = end - 1;
  }
}

function nonAsciiReason(char: string, offset: number): string {
  const where = `non-ASCII character ${hex(char)} at offset ${offset} outside a string literal or backticked name`;
  const why = 'look-alike letters and unusual spaces are refused';
  // Visible characters are quoted with their NFKC folding; invisible ones by code point only.
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(char)) return `${where}; ${why}`;
  return `${where} ('${char}', which NFKC reads as '${char.normalize('NFKC')}'); ${why}`;
}

/** Refuses (CypherRefusedError, with the reason) or returns the single statement to run. */
export function guardQuery(query: string): GuardedQuery {
  const { tokens, nonAscii, unterminated } = lex(query);
  if (unterminated) refuse(`unterminated ${unterminated}: the console cannot tell code from text`);
  const odd = nonAscii[0];
  if (odd) refuse(nonAsciiReason(odd.char, odd.offset));
  if (tokens.length === 0) refuse('empty query: nothing to run');
  checkStatementShape(tokens);
  checkKeywords(tokens);
  checkCalls(tokens);
  const last = tokens[tokens.length - 1] as Token;
  const statement =
    last.kind === 'symbol' && last.text === ';' ? query.slice(0, last.offset) : query;
  return { statement: statement.trimEnd() };
}
