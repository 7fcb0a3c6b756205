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
  /**
   * The office's name where the text's form is no name: "Indonesia’s Minister for Foreign
   * Affairs" is the Indonesian Minister for Foreign Affairs, as "the Indonesian Minister …" is.
   */
  name?: string;
}

/** "signed by … on November 30": a date after "on" is no remit ("Special Envoy on Climate"). */
const MONTHS = `(?:${MONTH_ALTERNATION})`;

interface Compiled {
  pattern: RegExp;
  possessive: RegExp;
  countryByWord: Map<string, string>;
  /** A country's first demonym ("Indonesian"), to name an office the text writes possessively. */
  demonymOf: Map<string, string>;
}

let compiled: Compiled | undefined;

function compile(lexicon: Lexicon) {
  if (compiled) return compiled;
  const countryByWord = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const names: string[] = [];
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (entity?.type !== 'Country') continue;
    if (!countryByWord.has(alias.alias)) countryByWord.set(alias.alias, entity.id);
    if (alias.adjectival && !demonymOf.has(entity.id)) demonymOf.set(entity.id, alias.alias);
    else if (!alias.adjectival && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(alias.alias)) names.push(alias.alias);
  }
  const countries = [...countryByWord.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  // No name after the title (that is a titled official), no remit ("U.S. Ambassador to Japan",
  // "Envoy on …") and no unlisted portfolio ("French Minister of Culture" is cut short); "to"
  // before a verb is no remit ("chaired by … Canada’s Deputy Prime Minister to work across …").
  const after = `(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?! (?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ(]|of(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|to (?:the(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])|for(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|on (?!${MONTHS}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))))`;
  const possessiveNames = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegex);
  compiled = {
    countryByWord,
    demonymOf,
    // After "the" (not "Office of the U.S. Trade Representative": a body's name) or "and".
    pattern: new RegExp(
      `(?<=(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])of )(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])the |(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])and )(${countries.join('|')}) (${TITLE_BODY})${after}`,
      'g',
    ),
    // "between Indonesia’s Minister for Foreign Affairs and the U.S. Secretary of State" (gold
    // 2023-09-11, 2023-11-13, 2024-11-12, 2023-03-24: four files, each declares the office).
    possessive: new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ.-])(${possessiveNames.join('|')})[’']s (${TITLE_BODY})${after}`,
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

/**
 * "Diplomatic Advisor to the Italian Prime Minister": an office after a title's "to the" is part
 * of that official's title, not an official of its own (gold conventions §3.1).
 */
function insideTitle(text: string, at: number): boolean {
  const before = /([^\s]+) to the $/.exec(text.slice(Math.max(0, at - 40), at));
  return before !== null && TITLE_WORDS.has(before[1]!);
}

export function nationalOffices(lexicon: Lexicon, text: string): NationalOffice[] {
  const out: NationalOffice[] = [];
  // The pattern needs a title head; most sentences have none, and its look-behind is costly.
  if (!writesTitleHead(text)) return out;
  const { pattern, possessive, countryByWord, demonymOf } = compile(lexicon);
  for (const form of [pattern, possessive]) {
    // The possessive form needs an apostrophe before its title: most sentences are spared it.
    if (form === possessive && !/[’']s /.test(text)) continue;
    form.lastIndex = 0;
    for (let match = form.exec(text); match; match = form.exec(text)) {
      const countryId = countryByWord.get(match[1]!);
      if (!countryId || generalOnly(match[2]!) || insideTitle(text, match.index)) continue;
      const demonym = form === possessive ? demonymOf.get(countryId) : undefined;
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        title: match[2]!,
        countryId,
        ...(demonym ? { name: `${demonym} ${match[2]}` } : {}),
      });
    }
  }
  return out;
}
