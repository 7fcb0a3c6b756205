/**
 * "the U.S. Secretary of Defense and French Minister of Armed Forces": a national office named
 * with its country (or demonym) before the title and no personal name after it is an official
 * named by that office (gold conventions, session 12), as "the President of the French Republic"
 * is (officeHolders.ts). Found before the phrase finders run, so that no phrase reads a body into
 * the title ("Defense and French Minister of Armed Forces" an Organization).
 */
import type { Lexicon } from '../lexicon';
import { MONTH_ALTERNATION } from '../rules/months';
import { escapeRegex, TITLE_WORDS } from '../rules/titles';
import { TITLE_BODY, writesTitleHead } from './officialPatterns';

export interface NationalOffice {
  /** Sentence-relative offsets of the office, country included ("U.S. Secretary of Defense"). */
  start: number;
  end: number;
  text: string;
  title: string;
  countryId: string;
}

/** "signed by … on November 30": a date after "on" is no remit ("Special Envoy on Climate"). */
const MONTHS = `(?:${MONTH_ALTERNATION})`;

let compiled: { pattern: RegExp; countryByWord: Map<string, string> } | undefined;

function compile(lexicon: Lexicon) {
  if (compiled) return compiled;
  const countryByWord = new Map<string, string>();
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (entity?.type === 'Country' && !countryByWord.has(alias.alias))
      countryByWord.set(alias.alias, entity.id);
  }
  const countries = [...countryByWord.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  // After "the" (not "Office of the U.S. Trade Representative": a body's name) or "and"; no name after the title (that is a titled official), no remit ("U.S.
  // Ambassador to Japan", "Envoy on …") and no unlisted portfolio ("French Minister of Culture" is cut short).
  compiled = {
    countryByWord,
    pattern: new RegExp(
      `(?<=(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])of )(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])the |(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])and )(${countries.join('|')}) (${TITLE_BODY})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?! (?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ(]|of(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|to(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|for(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|on (?!${MONTHS}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))))`,
      'g',
    ),
  };
  return compiled;
}

/**
 * "the U.S. Consulate General": a trailing "General" that is the title's only title word (the
 * rank) after other words is a diplomatic post, not an officer.
 */
function generalOnly(title: string): boolean {
  const words = title.split(' ');
  return words.length > 1 && words.filter((word) => TITLE_WORDS.has(word)).join() === 'General';
}

export function nationalOffices(lexicon: Lexicon, text: string): NationalOffice[] {
  const out: NationalOffice[] = [];
  // The pattern needs a title head; most sentences have none, and its look-behind is costly.
  if (!writesTitleHead(text)) return out;
  const { pattern, countryByWord } = compile(lexicon);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const countryId = countryByWord.get(match[1]!);
    if (!countryId || generalOnly(match[2]!)) continue;
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      title: match[2]!,
      countryId,
    });
  }
  return out;
}
