/**
 * A hit added after recognition, in the one object shape recognition gives its hits
 * (`stripSource` below): the steps reading hits are compiled for that shape only.
 */
import type { EntityHit } from '../types';
import type { Candidate } from './matchLexicon';

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

/**
 * The hit a candidate becomes, always in one object shape (the optional fields present, maybe
 * undefined): candidates come from some forty finders, each building its objects in its own key
 * order, and every later step reading hits was otherwise compiled for whichever shapes the first
 * documents showed and deoptimised by the next.
 */
export function stripSource(candidate: Candidate): EntityHit {
  return {
    entityId: candidate.entityId,
    type: candidate.type,
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    adjectival: candidate.adjectival,
    nested: candidate.nested,
    name: candidate.name,
  };
}
