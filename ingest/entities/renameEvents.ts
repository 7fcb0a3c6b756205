/**
 * The walk the Event-naming passes share (`datedVisits`, `assemblySessions`): each sentence's hits
 * once, renamed to the `Event` a pass names them, the id following the name as everywhere else.
 */
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';

/** The Event name a pass gives `hit` in `sentence`, or undefined to leave the hit as it is. */
export type EventNamer = (hit: EntityHit, sentence: SegmentedSentence) => string | undefined;

/** Renames every hit of `hitsBySentence` that `nameOf` names to that `Event`. */
export function renameEvents(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  nameOf: EventNamer,
): void {
  for (const sentence of sentences) {
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      const name = nameOf(hit, sentence);
      if (!name) continue;
      hit.type = 'Event';
      hit.name = name;
      hit.entityId = entityIdFor('Event', name);
    }
  }
}
