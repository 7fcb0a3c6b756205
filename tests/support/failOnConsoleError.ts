/**
 * An unexpected console.error is a bug: fail the test that caused it. A test that expects one
 * spies on console.error itself (vi.spyOn), which replaces this wrapper for its duration.
 */
import { afterEach, beforeEach } from 'vitest';

let errors: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(' ') ?? '';
    throw new Error(`tests: unexpected console.error (${errors.length}×): ${first}`);
  }
});
