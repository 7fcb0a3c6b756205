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
  String.raw`^(?:(?:${US})(?:[-–][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)+|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.]*[-–](?:${US})(?:[-–][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)*)\s`,
);
const PAIR_HEAD = new RegExp(String.raw`\s(?:${alternation(NAME_RULES.pairBodyHeads)})$`);

/** Whether a name opens with a hyphenated pair of the U.S. and another party ("U.S.-India …"). */
export function opensWithUsPair(name: string): boolean {
  return PAIR_OPENING.test(name);
}

/**
 * The head before a complement: "Australia-U.S. Forum on Clean Energy Industrial
 * Transformation", "U.S.-UK Joint Action Group on Energy Security and Affordability" are a
 * pair's forum and group as much as "U.S.-India CEO Forum" (gold 2023-05-20, 2023-06-08).
 */
const COMPLEMENT = / (?:on|for|of|between) .*$/;

/** The type of a capitalised name whose head says Organization, read with its opening pair. */
export function pairBodyType(name: string, type: EntityType | undefined): EntityType | undefined {
  if (type !== 'Organization' || !opensWithUsPair(name)) return type;
  return PAIR_HEAD.test(name.replace(COMPLEMENT, '')) ? 'Program' : type;
}
