/**
 * A regime addressed by its kind ("the regime", "the country’s military regime", "the junta")
 * is its state's: "called on the country’s military regime to …", "The Cuban regime should …",
 * "the regime should immediately engage … to return Burma to its democratic path" are calls on
 * Burma and Cuba (CONVENTIONS §9: "the regime" targets Burma/Myanmar when the sentence names it;
 * gold 2021-10-26, 2021-11-15, 2022-01-31, 2023-11-13: 4 of 4 targeted the state). The speakers'
 * own countries are left out by the caller, so the state is the one other country named.
 */
import type { EntityHit } from '../types';

/**
 * The addressee opens with a regime noun: "the (country’s) (military) regime", "the Cuban
 * regime", "the junta" (at most two words between the article and the noun).
 */
export const REGIME_ADDRESSEE =
  /^\s*(?:the\s+)?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\s+){0,2}?(?:regime|junta)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** The countries a clause names, once each: the regime's state is among them. */
export function regimeStates(hits: readonly EntityHit[]): string[] {
  return [...new Set(hits.filter((hit) => hit.type === 'Country').map((hit) => hit.entityId))];
}
