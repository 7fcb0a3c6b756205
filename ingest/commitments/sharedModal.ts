/**
 * "The United States will expedite A; advance B; launch C; and deliver D": one "will" governing
 * several verbs with the same stance is one commitment in the gold (gold README, Commitments), so
 * the first clause is about what every bare verb of the series is about. The later verbs keep
 * their own commitments (detection is not this step's concern); only `about` is widened.
 */
import type { Commitment } from '../../contract/extraction';
import type { Accepted } from './decision';

/** A verb that brings its own modal or subject opens a clause of its own, not a series item. */
const OWN_MODAL = /^(?:will|shall|would|should|can|could|must|may|also\s+will|are|is|have|has)\b/i;

function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export function sharedModalObjects(commitments: Commitment[], accepted: Accepted[]): void {
  const first = accepted[0];
  if (!first || !/^(?:will|shall)\b/i.test(first.trigger.text)) return;
  for (let k = 1; k < commitments.length; k++) {
    const item = accepted[k]!;
    const later = commitments[k]!;
    if (later.stance !== commitments[0]!.stance) return;
    if (!sameActors(later.actors, commitments[0]!.actors)) return;
    if (OWN_MODAL.test(item.trigger.text)) return;
    if (item.subject && item.subject.start !== first.subject?.start) return;
    for (const id of later.about)
      if (!commitments[0]!.about.includes(id)) commitments[0]!.about.push(id);
  }
}
