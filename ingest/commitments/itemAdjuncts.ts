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
import { remembered, verbForm } from './clauses';
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
 * When the item leads the sentence's stances (`accepted[0]`), the triggers after it read again
 * with the item before them: a trailing participle that this reading keeps joins the first
 * reading's stances, sharing the item's actors; nothing else of the first reading changes, nor
 * the actor memory later sentences read (`before`: as it was before the first reading).
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
  // Only a participle or "while V-ing" joins: a bare verb after "and" ("Calibrate sanctions …
  // and work to avoid …", "Enhance cooperation … and discuss …") is one more verb of the item
  // itself (gold 3 of 3 folded); a preamble paragraph's participle stays the item's, and a
  // participle repeating the item's head ("Welcoming …, and welcoming …") is folded
  // (CONVENTIONS: a participle repeating its verb is folded).
  const known = new Set(first.accepted.map((stance) => stance.trigger.start));
  const head = headWord(item.trigger.text);
  const joined = again.accepted.filter(
    (stance) =>
      !known.has(stance.trigger.start) &&
      !stance.preamble &&
      verbForm(stance.trigger) === 'ing' &&
      headWord(stance.trigger.text) !== head,
  );
  Object.assign(context, after);
  if (joined.length > 0) {
    const starts = new Set(joined.map((stance) => stance.trigger.start));
    const accepted = [...first.accepted, ...joined].sort((a, b) =>
      a === item ? -1 : b === item ? 1 : a.trigger.start - b.trigger.start,
    );
    const own = first.own.filter((skip) => !starts.has(skip.trigger.start));
    return { accepted, own };
  }
  return first;
}

/** The first word of a trigger, lowercased ("Welcoming" and "welcoming the launch" share it). */
function headWord(text: string): string {
  return text.trim().split(/\s+/)[0]!.toLowerCase();
}
