/** The console's complexity limit and concurrency budget, on their own (no database). */
import { describe, expect, it } from 'vitest';
import { ConsoleBudget } from '../../../server/cypher/budget';
import {
  assertParamsBounded,
  assertQueryBounded,
  PARAM_LIMITS,
  QUERY_LIMITS,
} from '../../../server/cypher/complexity';

describe('assertQueryBounded', () => {
  it('passes ordinary queries, however long their strings and comments', () => {
    expect(() =>
      assertQueryBounded(
        `MATCH (a:Entity)-[:MADE]->(c:Commitment) // ${'x'.repeat(5_000)}\nWHERE a.name = '${'y'.repeat(5_000)}' RETURN a, c LIMIT 10`,
      ),
    ).not.toThrow();
    expect(() =>
      assertQueryBounded(`RETURN ${'['.repeat(QUERY_LIMITS.maxNesting)}1${']'.repeat(40)}`),
    ).not.toThrow();
  });

  it('refuses too many characters, tokens or nesting levels, naming the bound', () => {
    const tooLong = `RETURN '${'x'.repeat(QUERY_LIMITS.maxChars)}'`;
    expect(() => assertQueryBounded(tooLong)).toThrow(/characters; at most 20000/);
    expect(() => assertQueryBounded(`RETURN 1${'+1'.repeat(800)}`)).toThrow(/tokens; at most 1500/);
    const deep = `RETURN ${'('.repeat(41)}1${')'.repeat(41)}`;
    expect(() => assertQueryBounded(deep)).toThrow(
      expect.objectContaining({
        name: 'CypherComplexityError',
        message: expect.stringMatching(/nest deeper than 40 levels \(at offset 47\)/),
      }),
    );
  });

  it('counts brackets inside strings and comments as text, not nesting', () => {
    expect(() =>
      assertQueryBounded(`RETURN '${'('.repeat(500)}' // ${'['.repeat(500)}`),
    ).not.toThrow();
  });
});

describe('assertParamsBounded', () => {
  it('refuses 20,000 levels without overflowing a stack, and too many values', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i += 1) deep = [deep];
    expect(() => assertParamsBounded({ p: deep })).toThrow(/nest deeper than 16/);
    const wide = { p: Array.from({ length: PARAM_LIMITS.maxValues + 1 }, (_, i) => i) };
    expect(() => assertParamsBounded(wide)).toThrow(/more than 20000 values/);
    expect(() => assertParamsBounded({ a: { b: [1, 2, { c: 'x' }] }, n: null })).not.toThrow();
  });
});

describe('ConsoleBudget', () => {
  it('gives out its slots, refuses beyond them with CypherBusyError, and frees each once', () => {
    const budget = new ConsoleBudget(2);
    const first = budget.take();
    const second = budget.take();
    expect(() => budget.take()).toThrow(expect.objectContaining({ name: 'CypherBusyError' }));
    first();
    first(); // a second call frees nothing more
    expect(budget.inUse).toBe(1);
    budget.take();
    expect(() => budget.take()).toThrow(/already has 2 queries running/);
    second();
    expect(budget.inUse).toBe(1);
  });
});
