/**
 * How a path's hop reads: always in the graph's own direction (actor → stance → what it is
 * about or targets; a relation's start → type → end), whatever way the path walked it. Pure.
 */
import type { EntityRef, PathHop } from '../../contract/api';

export type Reading =
  | { kind: 'directed'; source: EntityRef; verb: string; target: EntityRef }
  /** Both ends stated the commitment together. */
  | { kind: 'joint'; actors: [EntityRef, EntityRef]; verb: string }
  /** Both ends are what one commitment (by someone else) is about or targets. */
  | { kind: 'shared'; verb: string; subjects: [EntityRef, EntityRef] };

export function readHop(hop: PathHop): Reading {
  if (hop.via.kind === 'relation') {
    const verb = hop.via.type.toLowerCase();
    return hop.reversed
      ? { kind: 'directed', source: hop.to, verb, target: hop.from }
      : { kind: 'directed', source: hop.from, verb, target: hop.to };
  }
  const verb = hop.via.trigger;
  const [a, b] = hop.via.roles ?? ['actor', 'about'];
  if (a === 'actor' && b === 'actor') return { kind: 'joint', actors: [hop.from, hop.to], verb };
  if (a !== 'actor' && b !== 'actor') return { kind: 'shared', verb, subjects: [hop.from, hop.to] };
  return hop.reversed || b === 'actor'
    ? { kind: 'directed', source: hop.to, verb, target: hop.from }
    : { kind: 'directed', source: hop.from, verb, target: hop.to };
}
