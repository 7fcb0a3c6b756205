/**
 * The console's complexity limit, checked before anything reaches Neo4j (or a recursive function
 * of ours): a query of 5,000 nested parentheses overflows Neo4j's parser and holds a connection
 * for minutes, 8,000 `1+1+…` terms take seconds to plan, and parameters nested 20,000 deep
 * overflow a stack. Every check is iterative; each refusal is a 400 saying which bound was hit.
 */
import { CypherComplexityError } from './errors';
import { lex } from './lexer';

export const QUERY_LIMITS = {
  /** Characters of query text. */
  maxChars: 20_000,
  /** Tokens (words, numbers, symbols, strings) after comments are removed. */
  maxTokens: 1_500,
  /** Depth of nested (), [] and {}. */
  maxNesting: 40,
} as const;

export const PARAM_LIMITS = {
  /** Depth of nested lists and maps in the parameters. */
  maxDepth: 16,
  /** Values (scalars, lists, maps) in all parameters together. */
  maxValues: 20_000,
} as const;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

export function assertQueryBounded(query: string): void {
  if (query.length > QUERY_LIMITS.maxChars)
    throw new CypherComplexityError(
      `the query has ${query.length} characters; at most ${QUERY_LIMITS.maxChars} are accepted`,
    );
  const { tokens } = lex(query);
  if (tokens.length > QUERY_LIMITS.maxTokens)
    throw new CypherComplexityError(
      `the query has ${tokens.length} tokens; at most ${QUERY_LIMITS.maxTokens} are accepted (write long expressions with a list and reduce(), or UNWIND)`,
    );
  let depth = 0;
  for (const token of tokens) {
    if (token.kind !== 'symbol') continue;
    if (OPEN.has(token.text)) depth += 1;
    else if (CLOSE.has(token.text)) depth = Math.max(0, depth - 1);
    if (depth > QUERY_LIMITS.maxNesting)
      throw new CypherComplexityError(
        `brackets nest deeper than ${QUERY_LIMITS.maxNesting} levels (at offset ${token.offset})`,
      );
  }
}

/** Walks the parameters with an explicit stack: no recursion, so no depth can overflow it. */
export function assertParamsBounded(params: Record<string, unknown>): void {
  const stack: { value: unknown; depth: number }[] = [{ value: params, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    values += 1;
    if (values > PARAM_LIMITS.maxValues)
      throw new CypherComplexityError(
        `the parameters hold more than ${PARAM_LIMITS.maxValues} values`,
      );
    if (value === null || typeof value !== 'object') continue;
    if (depth >= PARAM_LIMITS.maxDepth)
      throw new CypherComplexityError(
        `the parameters nest deeper than ${PARAM_LIMITS.maxDepth} levels of lists and maps`,
      );
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
}
