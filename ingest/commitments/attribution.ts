/**
 * A trailing attribution: "North Korea will launch more satellites this year, a South Korean
 * lawmaker said." The "will" is what another speaker expects of the subject, not the subject's own
 * undertaking. ("The United States will …, the State Department said" is the subject's own side.)
 */
import type { ActorContext } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';

const TRAILING =
  /,\s+([^,;]{1,80}?)\s+(?:said|says|told\s+[^,;.]{1,40}?|added|warned|predicted|forecast|estimated|expects?)(?:\s+(?:on|in|late|early|last)\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ ]{1,20}?)?\.?\s*$/i;

/** Speakers with no side of their own: their word about a party is a forecast. */
const OBSERVERS =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:analysts?|experts?|observers?|lawmakers?|sources?|researchers?|think tanks?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** Whether the clause ending at `from` is attributed to a speaker other than `actors`' side. */
export function attributedToOther(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  from: number,
  actors: readonly string[],
): boolean {
  const tail = TRAILING.exec(sentence.text.slice(from));
  if (!tail) return false;
  const spanStart = sentence.start + from + tail.index;
  const spanEnd = spanStart + tail[0].length;
  const speakers = hits
    .filter((hit) => hit.start >= spanStart && hit.end <= spanEnd)
    .map((hit) => context.countryOf?.get(hit.entityId) ?? hit.entityId);
  const sides = new Set(actors.map((id) => context.countryOf?.get(id) ?? id));
  if (speakers.length > 0) return !speakers.some((id) => sides.has(id));
  return OBSERVERS.test(tail[1]!);
}
