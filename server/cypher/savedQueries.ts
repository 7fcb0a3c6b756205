/**
 * Saved queries are `cypher/queries/*.cypher` files that analysts can also run as they are in
 * Neo4j Browser. A header of `//` comments describes each one:
 *
 *   // name: Topics connected to the DPRK
 *   // description: Which topics the statements connect to an actor…
 *   // param: actor string = 'country:prk' — id of the actor
 *
 * `param` lines repeat, one per parameter: name, type (string, integer, float, boolean), default
 * (a quoted string, a number, true or false) and, after an em dash or `--`, what it means. The
 * statement follows the header; every `$name` it uses must be declared and every declared one used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SavedQuery, SavedQueryParam } from '../../contract/console';
import { CYPHER_DIR, splitStatements } from '../../db/cypherFiles';
import { lex } from './lexer';

const SAVED_QUERIES_DIR = join(CYPHER_DIR, 'queries');

export class SavedQueryError extends Error {
  override name = 'SavedQueryError';
}

const PARAM_TYPES: readonly SavedQueryParam['type'][] = ['string', 'integer', 'float', 'boolean'];
const HEADER_LINE = /^\/\/\s*(name|description|param):\s*(.*)$/;
const PARAM =
  /^([A-Za-z_][A-Za-z0-9_]*)\s+(string|integer|float|boolean)\s*=\s*(.+?)\s+(?:—|--)\s+(.+)$/;

function parseDefault(
  type: SavedQueryParam['type'],
  literal: string,
  where: string,
): SavedQueryParam['default'] {
  const fail = () => new SavedQueryError(`${where}: default ${literal} is not a ${type}`);
  if (type === 'string') {
    const quoted = /^'(.*)'$|^"(.*)"$/.exec(literal);
    if (!quoted) throw fail();
    return quoted[1] ?? quoted[2] ?? '';
  }
  if (type === 'boolean') {
    if (literal !== 'true' && literal !== 'false') throw fail();
    return literal === 'true';
  }
  const value = Number(literal);
  if (!/^-?\d+(\.\d+)?$/.test(literal) || (type === 'integer' && !Number.isInteger(value)))
    throw fail();
  return value;
}

function parseParam(text: string, where: string): SavedQueryParam {
  const match = PARAM.exec(text.trim());
  if (!match)
    throw new SavedQueryError(
      `${where}: a param line reads "name type = default — description", not "${text}"`,
    );
  // The regex has four groups and allows only these types: the defaults never apply.
  const [, name = '', typeName = '', literal = '', description = ''] = match;
  const type = PARAM_TYPES.find((t) => t === typeName) ?? 'string';
  return {
    name,
    type,
    default: parseDefault(type, literal, `${where}: param ${name}`),
    description,
  };
}

/** Parses one saved query file's text; `id` names it in errors and in the API. */
export function parseSavedQuery(id: string, source: string): SavedQuery {
  const where = `cypher/queries/${id}.cypher`;
  const lines = source.split('\n');
  const fields: { name?: string; description?: string } = {};
  const params: SavedQueryParam[] = [];
  let body = 0;
  for (; body < lines.length; body += 1) {
    const line = (lines[body] as string).trim();
    const header = HEADER_LINE.exec(line);
    if (!header) break;
    const [, key, value = ''] = header;
    if (key === 'param') params.push(parseParam(value, where));
    else if (key === 'name' || key === 'description') fields[key] = value.trim();
  }
  if (!fields.name) throw new SavedQueryError(`${where}: the header needs a "// name: …" line`);
  if (!fields.description)
    throw new SavedQueryError(`${where}: the header needs a "// description: …" line`);
  const query = lines.slice(body).join('\n').trim().replace(/;\s*$/, '');
  if (splitStatements(query).length !== 1)
    throw new SavedQueryError(
      `${where}: holds ${splitStatements(query).length} statements, not one`,
    );
  const used = new Set(
    lex(query)
      .tokens.filter((t) => t.kind === 'parameter')
      .map((t) => t.text),
  );
  const declared = new Set(params.map((p) => p.name));
  for (const name of used)
    if (!declared.has(name))
      throw new SavedQueryError(`${where}: uses $${name} without a param line`);
  for (const name of declared)
    if (!used.has(name))
      throw new SavedQueryError(`${where}: declares param ${name} it never uses`);
  return { id, name: fields.name, description: fields.description, params, query };
}

/** Every saved query, sorted by name; read from disk each time, so edited files show at once. */
export function loadSavedQueries(dir = SAVED_QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) =>
      parseSavedQuery(basename(file, '.cypher'), readFileSync(join(dir, file), 'utf8')),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A saved query's default parameters, as the request body's `params`. */
export function defaultParams(query: SavedQuery): Record<string, SavedQueryParam['default']> {
  return Object.fromEntries(query.params.map((p) => [p.name, p.default]));
}
