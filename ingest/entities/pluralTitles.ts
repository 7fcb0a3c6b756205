/**
 * "the U.S. fleet under the command of Admirals Jack Fletcher and Raymond Spruance": a title in
 * the plural before coordinated names gives each name the title, one person each. Only full names
 * (given name and surname) are taken: a surname alone ("Presidents Biden and Yoon") is a mention
 * of an official the lexicon or the document names in full. The plural title may own a body
 * ("Senior Directors on President Biden’s National Security Council Juan González and Katie
 * Tobin"): the body runs to its first Organization head, as a singular title's does
 * (titleOfBody.ts), so its words are never read as a name.
 */

import type { Lexicon } from '../lexicon';
import { HEAD_TYPES } from '../rules/names';
import { alternation, TITLE_RULES } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { lexiconEntityOf, officialCandidate } from './officialLookup';
import { LETTER, UPPER } from './officialPatterns';

/** The plurals of the one-word titles ("Admiral" → "Admirals"); abbreviations have none. */
const PLURALS = TITLE_RULES.titles
  .filter((title) => /^\p{Lu}\p{Ll}+$/u.test(title))
  .map((title) => `${title}s`);
const WORD = `[${UPPER}][${LETTER}’'-]+`;
/** A full name: a given name, a middle initial maybe, and one or two more words. */
const FULL = `${WORD}(?: \\p{Lu}\\.)?(?: ${WORD}){1,2}`;
/** The Organization heads ("Council", "Commission"), longest first. */
const ORG_HEADS = [...HEAD_TYPES]
  .filter(([, type]) => type === 'Organization')
  .map(([head]) => head)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "on the National Security Council": the office's body, up to its first Organization head. */
const BODY = `(?: (?:of|on|at) (?:the )?(?:(?:${WORD}|of|for|and|on|the) ){0,8}?(?:${ORG_HEADS}))?`;
const LIST = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(PLURALS)})${BODY} (${FULL}(?:, ${FULL})*,? and ${FULL})(?![${LETTER}’'-])`,
  'gu',
);
const NAME = new RegExp(FULL, 'gu');
/**
 * "Senators Carper and Kennedy", "Representatives Strickland and Miller": surnames alone after a
 * plural title, no capitalised word after the last ("Presidents Biden and Yoon Suk Yeol" is read
 * as full names). Each is that official: the lexicon's where it knows the surname (the same entity
 * its own hit gives), else a person of that name (gold 2022-09-21 declares Carper and Kennedy).
 */
const SURNAMES = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(PLURALS)}) (${WORD}(?:, ${WORD})*,? and ${WORD})(?![${LETTER}’'-]| [${UPPER}])`,
  'gu',
);
const SURNAME = new RegExp(WORD, 'gu');
const NOT_NAMES: ReadonlySet<string> = new Set([...TITLE_RULES.notNames, ...TITLE_RULES.titles]);

/**
 * Each name `item` finds in the list (group 1, ending the match) of each `list` match, with its
 * offset in `text`: both readings of a plural title walk their lists this way.
 */
function* listItems(
  list: RegExp,
  item: RegExp,
  text: string,
): Generator<{ name: string; at: number }> {
  list.lastIndex = 0;
  for (let match = list.exec(text); match; match = list.exec(text)) {
    const names = match[1]!;
    const at = match.index + match[0].length - names.length;
    item.lastIndex = 0;
    for (let name = item.exec(names); name; name = item.exec(names)) {
      yield { name: name[0], at: at + name.index };
    }
  }
}

function surnamesTitled(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const { name, at } of listItems(SURNAMES, SURNAME, text)) {
    if (NOT_NAMES.has(name)) continue;
    const known = lexiconEntityOf(lexicon, name);
    if (known && known.type !== 'Official') continue;
    out.push(officialCandidate(known, name, at + offset));
  }
  return out;
}

export function pluralTitled(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  // A list needs its "and"; most sentences lack one, and the pattern tries every word boundary.
  if (!text.includes(' and ')) return [];
  const out = surnamesTitled(lexicon, text, offset);
  for (const { name, at } of listItems(LIST, NAME, text)) {
    out.push(candidateAt('Official', name, at + offset, 'official'));
  }
  return out;
}
