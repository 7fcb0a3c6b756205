/**
 * A body named by the United States and another party in one hyphenated word and a forum or
 * group head ("U.S.-India CEO Forum", "India-U.S. Trade Policy Forum", "U.S.-Singapore AI
 * Governance Group") is a bilateral mechanism the two governments convene: a `Program`, as the
 * gold conventions type bilateral dialogues and working groups. Commissions, councils and
 * committees so named are often standing agencies ("Japan-United States Friendship Commission")
 * and keep their head's type. Without the pair the same heads
 * name standing bodies ("Negev Forum", "Pacific Islands Forum"), Organizations; a region's own
 * hyphenated name ("Indo-Pacific Business Forum") names no pair, as the U.S. is one party.
 * Heads and parties are data (names.json pairBodyHeads, pairBodyParties).
 */
import type { EntityType } from '../../contract/extraction';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';

const US = alternation(NAME_RULES.pairBodyParties);
/** The U.S. first or second in the opening hyphenated word ("U.S.-Japan-ROK", "India-U.S."). */
const PAIR_OPENING = new RegExp(
  String.raw`^(?:(?:${US})(?:[-–]\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)+|\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*[-–](?:${US})(?:[-–]\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)*)\s`,
  'u',
);
const PAIR_HEAD = new RegExp(String.raw`\s(?:${alternation(NAME_RULES.pairBodyHeads)})$`, 'u');

/** Whether a name opens with a hyphenated pair of the U.S. and another party ("U.S.-India …"). */
export function opensWithUsPair(name: string): boolean {
  return PAIR_OPENING.test(name);
}

/** The type of a capitalised name whose head says Organization, read with its opening pair. */
export function pairBodyType(name: string, type: EntityType | undefined): EntityType | undefined {
  if (type !== 'Organization') return type;
  return opensWithUsPair(name) && PAIR_HEAD.test(name) ? 'Program' : type;
}
