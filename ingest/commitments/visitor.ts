/**
 * "Prime Minister KISHIDA Fumio welcomed Joseph R. Biden, Jr to Japan in his first visit …": a
 * host welcoming a named official to a place is ceremony, not a stance (gold README, session 9:
 * "is honored to welcome [the visitor] to Washington"). earlySkip.ts catches a visitor named with
 * a title; here the official is known from the entity hits, whatever the name's spelling.
 */
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';

/** What may stand between the official's name and "to": a suffix ("Jr", ", Jr."). */
const TO_PLACE = /^(?:,?\s+Jr\.?)?\s+to\s+(?:the\s+)?\p{Lu}/u;

export function welcomesVisitor(
  trigger: Trigger,
  hits: readonly EntityHit[],
  sentence: SegmentedSentence,
): boolean {
  if (trigger.stance !== 'welcome') return false;
  const official = hits.find(
    (hit) =>
      hit.type === 'Official' &&
      /^\s+$/.test(sentence.text.slice(trigger.end, hit.start - sentence.start)),
  );
  if (!official) return false;
  return TO_PLACE.test(sentence.text.slice(official.end - sentence.start));
}
