/**
 * The second stance of a list item: "Supporting … early warning models, and recognizing the
 * importance of …", "Promoting … investment …, while ensuring that the … incentives foster …". A
 * bullet under a committing lead-in (listItems.ts) has no subject of its own, so a trailing
 * participle or "while V-ing" found no stance before it to share and was skipped. Read again
 * with the item as the stance before its triggers, every rule that lets a trailing verb share a
 * main clause's subject (coordinatedVerb.ts, concurrent.ts, trailingParticiple.ts) applies to the
 * item as it does to a main clause (CONVENTIONS: a trailing stance participle and a "while V-ing"
 * of the actors' own undertaking are commitments of their own).
 */
import type { ActorContext } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { remembered } from './clauses';
import type { Accepted, SkippedTrigger } from './decision';
import { ownCountries } from './ownSide';
import { ownPossession } from './possessor';
import { resolveSpeakers } from './speakers';
import { welcomesVisitor } from './visitor';

export interface Speakers {
  accepted: Accepted[];
  own: SkippedTrigger[];
}

/** The stances of a sentence's triggers, after `seed` when given (a list item's own stance). */
export function speakersOf(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  triggers: Trigger[],
  seed?: Accepted,
): Speakers {
  const own: SkippedTrigger[] = [];
  // "highlight Myanmar's commitment": another country's stance noun is no undertaking of theirs.
  const accepted = resolveSpeakers(sentence, hits, context, triggers, own, seed).flatMap((item) => {
    if (welcomesVisitor(item.trigger, hits, sentence)) {
      own.push({ trigger: item.trigger, reason: 'narrative-past' });
      return [];
    }
    const owned = ownPossession(item.trigger, ownCountries(item.actors, context), hits, sentence);
    if (owned) return [{ ...item, trigger: owned }];
    own.push({ trigger: item.trigger, reason: 'not-a-party' });
    return [];
  });
  return { accepted, own };
}

/**
 * When the item leads the sentence's stances (`accepted[0]`), the same triggers read after it:
 * kept when that takes more of them, so a trailing stance shares the item's actors; otherwise
 * the first reading stands. `before` is the actor memory as it was before the first reading.
 */
export function withItemAdjuncts(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  triggers: Trigger[],
  first: Speakers,
  item: Accepted | undefined,
  before: Partial<ActorContext>,
): Speakers {
  if (!item || item.operative || first.accepted[0] !== item) return first;
  const after = remembered(context);
  Object.assign(context, before);
  // (The item's own head verb, "Supporting …", is the item itself: only the triggers after it.)
  const later = triggers.filter((trigger) => trigger.start >= item.trigger.end);
  const again = speakersOf(sentence, hits, context, later, { ...item });
  // (A preamble paragraph's participle under a lead-in is the item's, as in the first reading.)
  const own = again.accepted.filter((stance) => !stance.preamble);
  if (own.length > first.accepted.length - 1) return { accepted: [item, ...own], own: again.own };
  Object.assign(context, after);
  return first;
}
