/**
 * One piece of view state and how it rides in the URL. The core view (filters, expansion, tab)
 * and every side panel declare their state as fields; the URL state is just their union, so a
 * panel brings its own URL keys without anyone else's code changing. Reading is forgiving:
 * anything unknown gives the field's default, never trusted.
 */
import { ENTITY_TYPES, type EntityType } from '../../contract/vocabulary';

export interface UrlField<T> {
  /** The query parameters this field writes and reads. */
  keys: readonly string[];
  initial(): T;
  /** Sets its parameters on `q`; the default view sets none, so a bare URL stays bare. */
  write(value: T, q: URLSearchParams): void;
  read(q: URLSearchParams): T;
}

/** A record of fields, one per state property. */
export type Fields<S> = { [K in keyof S]: UrlField<S[K]> };

export const list = (value: string | null): string[] =>
  value ? value.split(',').filter(Boolean) : [];

const oneOf = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

/** A string with a default; the default is left out of the URL. */
export function textField(key: string, fallback: string): UrlField<string> {
  return {
    keys: [key],
    initial: () => fallback,
    write: (value, q) => (value !== fallback ? q.set(key, value) : undefined),
    read: (q) => q.get(key) || fallback,
  };
}

/** An optional string (an entity id, say). */
export function optionalField(key: string): UrlField<string | null> {
  return {
    keys: [key],
    initial: () => null,
    write: (value, q) => (value ? q.set(key, value) : undefined),
    read: (q) => q.get(key) || null,
  };
}

/** A boolean written as `1`/`0` only when it differs from its default. */
export function flagField(key: string, fallback: boolean): UrlField<boolean> {
  return {
    keys: [key],
    initial: () => fallback,
    write: (value, q) => (value !== fallback ? q.set(key, value ? '1' : '0') : undefined),
    read: (q) => {
      const raw = q.get(key);
      // Anything but the one value that flips it keeps the default.
      return raw === null ? fallback : fallback ? raw !== '0' : raw === '1';
    },
  };
}

/** A comma-separated list, kept to `allowed` values when given. */
export function listField<T extends string>(key: string, allowed?: readonly T[]): UrlField<T[]> {
  return {
    keys: [key],
    initial: () => [],
    write: (value, q) => (value.length ? q.set(key, value.join(',')) : undefined),
    read: (q) => (allowed ? oneOf(allowed, list(q.get(key))) : (list(q.get(key)) as T[])),
  };
}

/** Entity types with a non-empty default; `all` in the URL stands for "no type filter". */
export function typesField(key: string, fallback: readonly EntityType[]): UrlField<EntityType[]> {
  return {
    keys: [key],
    initial: () => [...fallback],
    write: (value, q) =>
      value.join(',') !== fallback.join(',') ? q.set(key, value.join(',') || 'all') : undefined,
    read: (q) => {
      const raw = q.get(key);
      if (raw === null) return [...fallback];
      return raw === 'all' ? [] : oneOf(ENTITY_TYPES, list(raw));
    },
  };
}
