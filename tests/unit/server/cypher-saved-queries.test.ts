/** Saved queries: every file in cypher/queries parses, has its header, and passes the guard. */
import { describe, expect, it } from 'vitest';
import { guardQuery } from '../../../server/cypher/guard';
import {
  defaultParams,
  loadSavedQueries,
  parseSavedQuery,
  SavedQueryError,
} from '../../../server/cypher/savedQueries';

const REQUIRED = [
  'topics-connected-to-actor',
  'commitments-by-stance',
  'who-urged-or-condemned-whom',
  'programs-and-actors',
  'shortest-path-between-countries',
  'documents-mentioning-entity',
  'changes-between-documents',
];

describe('cypher/queries', () => {
  const queries = loadSavedQueries();

  it('holds the required saved queries', () => {
    expect(queries.map((q) => q.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(queries.map((q) => [q.id, q] as const))(
    '%s has a header and a guarded single read statement',
    (_id, q) => {
      expect(q.name.length).toBeGreaterThan(3);
      expect(q.description.length).toBeGreaterThan(10);
      expect(q.query).not.toMatch(/^\/\/ (name|description|param):/m);
      expect(() => guardQuery(q.query)).not.toThrow();
      for (const p of q.params) expect(p.description.length).toBeGreaterThan(3);
    },
  );
});

describe('parseSavedQuery', () => {
  const source = [
    '// name: Example',
    '// description: An example query for the parser.',
    "// param: actor string = 'country:prk' — the actor's id",
    '// param: limit integer = 10 -- how many rows',
    '// param: strict boolean = false — whether to be strict',
    '// a plain comment is part of the query',
    'MATCH (n {id: $actor}) WHERE $strict OR true RETURN n LIMIT $limit;',
  ].join('\n');

  it('reads the name, description, typed params with defaults, and the query', () => {
    const q = parseSavedQuery('example', source);
    expect(q).toMatchObject({
      id: 'example',
      name: 'Example',
      description: 'An example query for the parser.',
    });
    expect(q.params).toEqual([
      { name: 'actor', type: 'string', default: 'country:prk', description: "the actor's id" },
      { name: 'limit', type: 'integer', default: 10, description: 'how many rows' },
      { name: 'strict', type: 'boolean', default: false, description: 'whether to be strict' },
    ]);
    expect(q.query).toBe(
      '// a plain comment is part of the query\nMATCH (n {id: $actor}) WHERE $strict OR true RETURN n LIMIT $limit',
    );
    expect(defaultParams(q)).toEqual({ actor: 'country:prk', limit: 10, strict: false });
  });

  it.each([
    ['no name', source.replace('// name: Example\n', ''), /needs a "\/\/ name: …" line/],
    [
      'no description',
      source.replace(/\/\/ description: .*\n/, ''),
      /needs a "\/\/ description: …" line/,
    ],
    [
      'a bad param line',
      source.replace('limit integer = 10 -- how many rows', 'limit = 10'),
      /a param line reads/,
    ],
    [
      'a default of the wrong type',
      source.replace('integer = 10', 'integer = 1.5'),
      /not a integer/,
    ],
    [
      'an undeclared parameter',
      source.replace('$limit', '$max'),
      /uses \$max without a param line/,
    ],
    ['two statements', `${source}\nRETURN 1;`, /2 statements/],
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseSavedQuery('example', text)).toThrow(SavedQueryError);
    expect(() => parseSavedQuery('example', text)).toThrow(message);
  });
});
