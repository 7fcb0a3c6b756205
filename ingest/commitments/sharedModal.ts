/**
 * "The United States will expedite A; advance B; launch C; and deliver D": one "will" governing
 * several verbs with the same stance is one commitment in the gold (gold README, Commitments), so
 * the first clause is about what every bare verb of the series is about. The later verbs keep
 * their own commitments (detection is not this step's concern); only `about` is widened.
 */
import type { Commitment } from '../../contract/extraction';
import type { Accepted } from './decision';

/** A verb that brings its own modal or subject opens a clause of its own, not a series item. */
const OWN_MODAL =
  /^(?:will|shall|would|should|can|could|must|may|also\s+will|are|is|have|has)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * The modal that governs a series: "will", "shall", and the formal "is to" of an agreed
 * obligation ("the United States is to put in place …, establish …, and enhance …": one commit,
 * gold 2022-03-25).
 */
const SERIES_MODAL = /^(?:will|shall|(?:is|are)\s+to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export function sharedModalObjects(commitments: Commitment[], accepted: Accepted[]): void {
  const first = accepted[0];
  if (!first || !SERIES_MODAL.test(first.trigger.text)) return;
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

/**
 * "The President will review efforts … and discuss …", "we will continue to stand with and
 * support the Indian people": a bare verb right after "and" under the same "will", with the stance
 * and actors of the verb before it, is no commitment of its own (CONVENTIONS §5: one "will"
 * governing several verbs with the same stance is one; gold 2022-03-25, 2022-06-28, 2022-10-31).
 * Its objects are already the first clause's (sharedModalObjects). Which commitments to drop.
 */
export function repeatedInSeries(
  commitments: readonly Commitment[],
  accepted: readonly Accepted[],
  text: string,
): Set<number> {
  const dropped = new Set<number>();
  const first = accepted[0];
  if (!first || !SERIES_MODAL.test(first.trigger.text)) return dropped;
  for (let k = 1; k < commitments.length; k++) {
    const item = accepted[k]!;
    const before = commitments[k - 1]!;
    const later = commitments[k]!;
    if (later.stance !== before.stance || !sameActors(later.actors, before.actors)) break;
    if (item.subject || !/^[a-zß-öø-ɏḀ-ỿ]+$/.test(item.trigger.text)) break;
    const between = text.slice(accepted[k - 1]!.trigger.end, item.trigger.start);
    // (A bare comma joins the middle items of a longer series: "will support A, endorse B, and …".)
    if (!/(?:(?:^|[\s,])and|,)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?$/.test(between) || /[;:]/.test(between))
      break;
    dropped.add(k);
  }
  return dropped;
}
