/**
 * "Our commitment to the defense of the Republic of Korea and Japan remains ironclad": a stance noun
 * whose owner opens the clause is the subject of a "remains/is ironclad" trigger, and the owner its
 * actor (the countries inside the noun phrase are what it is about). "Our"/"my" are the
 * signatories; a named owner ("the United States’ commitment") is that actor. The subject's span is
 * the owner only, so what the noun phrase names stays in `about`.
 */
import type { ActorContext, Subject } from '../resolveActors';
import type { EntityHit } from '../types';

const OWNED_STANCE =
  /(?:^|[,;:]\s+|\b(?:and|but|that)\s+)((?:([Oo]ur|[Mm]y)(?:\s+(?:[Aa]dministration|[Gg]overnment)[’']s)?|(?:[Tt]he\s+)?(?:([^,;]{1,40}?)[’']s?|(U\.S\.)))\s+(?:[\w-]+\s+){0,2}?(?:commitments?|resolve|determination|support))\b[^,;]*$/;

/*
 * ("My Administration’s support for Israel’s security is rock solid", "U.S. support for Israel’s
 * security … remains ironclad": the speaker's administration, and the adjectival "U.S.", own it
 * as well; gold 2023-10-07, 2023-03-26.)
 */

/**
 * A trigger that states a held stance of its subject ("remains ironclad", "is unwavering"): only a
 * stance noun's owner holds one ("The U.S.-Japan Alliance is unwavering" describes the alliance).
 */
export const HELD =
  /^(?:remains?|is|are)\s+(?:[a-z]+ly\s+)?(?:ironclad|unwavering|unshakable|unshakeable|steadfast|rock[- ]solid|unbreakable)$/i;

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
      ? { actors: context.signatories, start, end: start + owned[2].length }
      : undefined;
  }
  const named = owned[3] ?? owned[4]!;
  const ownerEnd = start + owned[1]!.indexOf(named) + named.length;
  const owner = hits.find(
    (hit) => hit.end - sentence.start === ownerEnd && /^(?:Country|Organization)$/.test(hit.type),
  );
  return owner ? { actors: [owner.entityId], start, end: ownerEnd } : undefined;
}
