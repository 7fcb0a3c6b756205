/**
 * "Our commitment to the defense of the Republic of Korea and Japan remains ironclad": a stance noun
 * whose owner opens the clause is the subject of a "remains/is ironclad" trigger, and the owner its
 * actor (the countries inside the noun phrase are what it is about). "Our"/"my" are the
 * signatories; a named owner ("the United States’ commitment") is that actor. The subject's span is
 * the owner only, so what the noun phrase names stays in `about`.
 */
import type { ActorContext, Subject } from '../resolveActors';
import type { EntityHit } from '../types';
import { expandMembers } from './groups';

const OWNED_STANCE =
  /(?:^|[,;:]\s+|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|but|that)\s+)((?:([Oo]ur|[Mm]y)(?:\s+(?:[Aa]dministration|[Gg]overnment)[’']s)?|(?:[Tt]he\s+)?(?:([^,;]{1,40}?)[’']s?|(U\.S\.)))\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:commitments?|resolve|determination|support|aims?|goals?|objectives?))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;]*(?:,[^,;]{1,60},[^,;]*)?$/;

/*
 * ("My Administration’s support for Israel’s security is rock solid", "U.S. support for Israel’s
 * security … remains ironclad": the speaker's administration, and the adjectival "U.S.", own it
 * as well; gold 2023-10-07, 2023-03-26.)
 */

/**
 * A trigger that states a held stance of its subject ("remains ironclad", "is unwavering"): only a
 * stance noun's owner holds one ("The U.S.-Japan Alliance is unwavering" describes the alliance).
 * "Our aim is to de-escalate …", "Our aim remains to …": the owner's stated aim is its undertaking
 * (3 of 3 gold, 2024-01-11, 2024-09-28, 2024-10-25; the frame in stances.json wants "our").
 * "Our support for Ukraine is strong and unwavering", "The EU’s resolve to diversify …, as stated
 * in the RePowerEU Plan, is unequivocal": a second adjective before, and one aside between the
 * noun and its verb (gold 2024-07-09, 2022-11-07; "our commitment to realize … is firm" is none,
 * 2021-09-24, so "firm" alone holds nothing).
 */
const HELD =
  /^(?:remains?|is|are)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?(?:(?:strong|resolute|clear|firm|total|absolute)\s+and\s+)?(?:ironclad|unwavering|unshakable|unshakeable|steadfast|rock[- ]solid|unbreakable|unequivocal)$/i;

/**
 * "Our support for Ukraine will not waver": the held stance said as a promise (gold 2023-05-19),
 * only after an owned stance noun ("We will not waver in our commitment …" has its own subject).
 */
const PROMISED = /^will\s+(?:not|never)\s+waver$/i;

/** "Our aim is to": the "is to" of an owned aim (not "The parties are to establish …"). */
const STATED_AIM =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Oo]ur\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+)?(?:aims?|goals?|objectives?)\s+$/;

/** Whether a trigger states its owner's held stance or aim (`at`: its start in the sentence). */
export function holdsStance(trigger: string, sentence: string, at: number): boolean {
  if (HELD.test(trigger)) return true;
  if (PROMISED.test(trigger)) return OWNED_STANCE.test(sentence.slice(0, at).trimEnd());
  return /^(?:remains?|is|are) to$/i.test(trigger) && STATED_AIM.test(sentence.slice(0, at));
}

/**
 * Where a held stance's words start when another stance of the sentence comes before it
 * ("condemned these attacks and underscored that U.S. support for Israel’s security and
 * self-defense is unwavering"): at its owned noun phrase, which names what the stance is about
 * (the owner itself is its subject, left out as any subject is); undefined for any other
 * stance. Without it the held stance's words would start at "is unwavering" and hold nothing,
 * and the stance before would take its noun phrase (gold 2022-04-14: Israel, Israel's security
 * and self-defense are the held stance's, not the condemnation's).
 */
export function heldStart(
  item: { trigger: { text: string; start: number }; subject?: { start: number } },
  text: string,
  after: number,
): number | undefined {
  const { trigger, subject } = item;
  if (!subject || subject.start <= after || !holdsStance(trigger.text, text, trigger.start))
    return undefined;
  return subject.start;
}

export function ownedStanceSubject(
  context: ActorContext,
  hits: EntityHit[],
  sentence: { text: string; start: number },
  at: number,
): Subject | undefined {
  const trimmed = sentence.text.slice(0, at).trimEnd();
  const owned = OWNED_STANCE.exec(trimmed);
  if (!owned) return undefined;
  const start = owned.index + owned[0].indexOf(owned[1]!);
  if (owned[2]) {
    return context.signatories.length > 0
      ? // (A title's grouping, "G7 Leaders’ Statement", speaks as its members, as its "we" does.)
        {
          actors: expandMembers(context.signatories, context.members),
          start,
          end: start + owned[2].length,
        }
      : undefined;
  }
  const named = owned[3] ?? owned[4]!;
  const ownerEnd = start + owned[1]!.indexOf(named) + named.length;
  const owner = hits.find(
    (hit) => hit.end - sentence.start === ownerEnd && /^(?:Country|Organization)$/.test(hit.type),
  );
  return owner ? { actors: [owner.entityId], start, end: ownerEnd } : undefined;
}
