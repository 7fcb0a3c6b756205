/**
 * A hit added after recognition, in the one object shape recognition gives its hits
 * (recognise.ts `stripSource`): the steps reading hits are compiled for that shape only.
 */
import type { EntityHit } from '../types';

export function entityHit(
  entityId: string,
  type: EntityHit['type'],
  start: number,
  end: number,
  text: string,
  name?: string,
): EntityHit {
  return { entityId, type, start, end, text, adjectival: undefined, nested: undefined, name };
}
