/**
 * What may run on past a name's capitalised words: a number, a version, a UN symbol's rest, and a
 * complement's list or scope. Split from namedPhrases.ts, which applies them to each run it finds.
 */
import type { EntityType } from '../../contract/extraction';
import { MONTH_ALTERNATION } from '../rules/months';
import { HEAD_TYPES } from '../rules/names';
import { TITLE_WORDS } from '../rules/titles';

/**
 * A resolution's number ("… Resolution 2231"), a plan's years ("… Plan of Action 2024-2026", "the
 * Pacific Aid for Trade Strategy 2020 – 2025", gold 2023-09-25: the spaced dash cut it to 2020).
 */
export const NUMBER_TAIL = /^ (?:No\. )?\d{1,5}(?: ?[-–] ?(?:19|20)\d\d)?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/**
 * A version number ending a name: "the Oil and Gas Methane Partnership 2.0", "Open RAN Track 1.5"
 * (gold 2022-11-07, 2023-12-15); the number alone was left out, or cut to "… Partnership 2".
 */
export const VERSION_TAIL = /^ \d{1,2}\.\d{1,2}(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]|[.,]\d)/;
/** The rest of a UN document symbol after its capitalised "A" or "S" ("A" + "/RES/75/239"). */
export const SYMBOL_TAIL = /^\/RES\/[\wÀ-ÖØ-öø-ɏḀ-ỿ/.-]*\d/;
/**
 * A capitalised word, never a month; an abbreviation's dots are its own ("U.S."), a full stop or a
 * possessive's apostrophe is not ("… Explosives’ agents").
 */
const WORD = `(?!(?:${MONTH_ALTERNATION})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]|[’'.](?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]))*(?:(?<=\\.[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])\\.)?`;
/** Capitalised words, each maybe with a parenthesised alternative ("Bacteriological (Biological)"). */
const WORDS = `${WORD}(?:(?: \\([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\\))?(?: and)? ${WORD})*`;
/** A complement of the words before: " of … Toxin Weapons", " and on their Destruction". */
const MORE = `(?:(?: and)? (?:of|on|for|to) (?:the |their |its )?${WORDS})*`;
/** A complement's list of single words: "on Zone of Peace" + ", Freedom and Neutrality". */
const LIST_TAIL = new RegExp(`^(?:, [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)+,? and ${WORDS}${MORE}`);
/** A decade closing a name's complement: " in the 2020s". */
const DECADE_TAIL = /^ in the (?:19|20)\d0s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** A document's scope after "in": "Treaty of Amity and Cooperation" + " in Southeast Asia". */
const IN_TAIL = new RegExp(`^ in (?!(?:${MONTH_ALTERNATION})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))${WORDS}${MORE}`);

/**
 * How far a name with a complement runs on past the capitalised run: through a list of single
 * capitalised words ("Strategy on Hunger, Nutrition, and Health"), and for a document through
 * its scope after a bare "in" ("Agreement on Trade in Services"). Archive: 24 such lists and 4
 * scopes, all whole names; a month after "in" is no scope.
 */
export function complementTail(type: EntityType, name: string, rest: string): number {
  if (!/ (?:of|on|for) /.test(name)) return 0;
  // "Office of the U.S. Trade Representative, Customs and Border Patrol": after a complete name
  // (a title or a head noun ends it) a list names other things.
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (TITLE_WORDS.has(last) || HEAD_TYPES.has(last)) return 0;
  const list = LIST_TAIL.exec(rest);
  if (list) return list[0].length;
  // "Working Group on Enhancing Climate Action in the 2020s": a decade ends the complement (as a
  // year ends a plan's name; "the National Park Service in the 1930s" has no complement).
  const decade = DECADE_TAIL.exec(rest);
  if (decade) return decade[0].length;
  // "… COP-15 in Kunming": after a numbered session, "in" names its venue.
  const scope = type === 'Instrument' && !/\d$/.test(name) ? IN_TAIL.exec(rest) : null;
  return scope ? scope[0].length : 0;
}
