/**
 * What the words right before a title pattern's match say about the official: the office a
 * title pattern cut at "the" ("Senior Advisor to the President Amos Hochstein" matched only
 * "President Amos Hochstein"), and the country a coordinated title list opens with ("Chinese
 * Communist Party Politburo Member, Director of …, and Foreign Minister Wang Yi").
 */
import type { Lexicon } from '../lexicon';
import { countryOpening } from './officialLookup';
import { TITLE_HEAD } from './officialPatterns';

/** A title matched from "President" on, as the tail of "… Advisor to the President". */
const CUT_AT_THE = /^(?:Vice )?President(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/**
 * The capitalised words ending in "to the " / "for the " right before the match (no joiner: "…
 * Chrystia Freeland and White House Senior Advisor to the President" is two officials).
 */
const OFFICE_TO_THE = /(?:\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ.-]* )+(?:to|for) the $/u;

/**
 * The whole title when a pattern took only its "(Vice) President …" tail: "White House Senior
 * Advisor to the President", "National Security Advisor for the Vice President". Without it the
 * adviser read as a head of state, with no country.
 */
export function officeBeforePresident(text: string, start: number, title: string): string {
  if (!CUT_AT_THE.test(title)) return title;
  const before = OFFICE_TO_THE.exec(text.slice(Math.max(0, start - 100), start));
  return before && TITLE_HEAD.test(before[0]) ? before[0] + title : title;
}

/**
 * The country a coordinated title list before the matched title opens with, as a demonym or name.
 * Only its opening: the list may hold earlier officials' names ("…, Deputy Attorney General Lisa
 * Monaco, and Associate Attorney General Vanita Gupta" is no official of Monaco).
 */
export function countryOfTitleList(
  lexicon: Lexicon,
  text: string,
  list: { start: number; end: number } | undefined,
  offset: number,
): string | undefined {
  return list
    ? countryOpening(lexicon, text.slice(list.start - offset, list.end - offset))
    : undefined;
}
