/**
 * Light runtime checks of the JSON the server sends, without zod in the bundle: a `Shape<T>`
 * looks at the properties the page reads and names the first one that is off. It is not a full
 * validator (the server validates with zod); it turns "undefined is not a function" deep in a
 * render into one clear error at the fetch.
 */

export interface Shape<T> {
  /** What is wrong at `at` (a path like `nodes[3].key`), or null when the value fits. */
  problem(value: unknown, at: string): string | null;
  /** Carries `T` for TypeScript only; never set. */
  readonly type?: T;
}

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

const primitive = <T>(kind: string, test: (v: unknown) => boolean): Shape<T> => ({
  problem: (v, at) => (test(v) ? null : `${at}: expected ${kind}, got ${describe(v)}`),
});

export const str = primitive<string>('a string', (v) => typeof v === 'string');
export const num = primitive<number>('a number', (v) => typeof v === 'number');
export const bool = primitive<boolean>('a boolean', (v) => typeof v === 'boolean');
/** Anything: parts the page passes on without reading (a query's result values). */
export const unknownValue: Shape<unknown> = { problem: () => null };

export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return { problem: (v, at) => (v === null ? null : inner.problem(v, at)) };
}

export function optional<T>(inner: Shape<T>): Shape<T | undefined> {
  return { problem: (v, at) => (v === undefined ? null : inner.problem(v, at)) };
}

export function list<T>(item: Shape<T>): Shape<T[]> {
  return {
    problem(v, at) {
      if (!Array.isArray(v)) return `${at}: expected an array, got ${describe(v)}`;
      for (let i = 0; i < v.length; i++) {
        const found = item.problem(v[i], `${at}[${i}]`);
        if (found) return found;
      }
      return null;
    },
  };
}

/** An object with at least these properties; others are allowed and not looked at. */
export function object<T>(fields: { [K in keyof T]?: Shape<unknown> }): Shape<T> {
  return {
    problem(v, at) {
      if (typeof v !== 'object' || v === null || Array.isArray(v))
        return `${at}: expected an object, got ${describe(v)}`;
      for (const [key, shape] of Object.entries<Shape<unknown> | undefined>(fields)) {
        const found = shape?.problem((v as Record<string, unknown>)[key], `${at}.${key}`);
        if (found) return found;
      }
      return null;
    },
  };
}

/** An object used as a map, every value of one shape. */
export function record<T>(value: Shape<T>): Shape<Record<string, T>> {
  return {
    problem(v, at) {
      const outer = object<Record<string, T>>({}).problem(v, at);
      if (outer) return outer;
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        const found = value.problem(item, `${at}.${key}`);
        if (found) return found;
      }
      return null;
    },
  };
}
