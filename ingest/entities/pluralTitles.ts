/**
 * "the U.S. fleet under the command of Admirals Jack Fletcher and Raymond Spruance": a title in
 * the plural before coordinated names gives each name the title, one person each. Only full names
 * (given name and surname) are taken: a surname alone ("Presidents Biden and Yoon") is a mention
 * of an official the lexicon or the document names in full. The plural title may own a body
 * ("Senior Directors on President Biden’s National Security Council Juan González and Katie
 * Tobin"): the body runs to its first Organization head, as a singular title's does
 * (titleOfBody.ts), so its words are never read as a name.
 */
import { HEAD_TYPES } from '../rules/names';
import { alternation, TITLE_RULES } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { LETTER, UPPER } from './officialPatterns';

/** The plurals of the one-word titles ("Admiral" → "Admirals"); abbreviations have none. */
const PLURALS = TITLE_RULES.titles
  .filter((title) => /^[A-Z][a-z]+$/.test(title))
  .map((title) => `${title}s`);
const WORD = `[${UPPER}][${LETTER}’'-]+`;
/** A full name: a given name, a middle initial maybe, and one or two more words. */
const FULL = `${WORD}(?: [A-Z]\\.)?(?: ${WORD}){1,2}`;
/** The Organization heads ("Council", "Commission"), longest first. */
const ORG_HEADS = [...HEAD_TYPES]
  .filter(([, type]) => type === 'Organization')
  .map(([head]) => head)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "on the National Security Council": the office's body, up to its first Organization head. */
const BODY = `(?: (?:of|on|at) (?:the )?(?:(?:${WORD}|of|for|and|on|the) ){0,8}?(?:${ORG_HEADS}))?`;
const LIST = new RegExp(
  `\\b(?:${alternation(PLURALS)})${BODY} (${FULL}(?:, ${FULL})*,? and ${FULL})(?![${LETTER}’'-])`,
  'g',
);
const NAME = new RegExp(FULL, 'g');

export function pluralTitled(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  // A list needs its "and"; most sentences lack one, and the pattern tries every word boundary.
  if (!text.includes(' and ')) return out;
  LIST.lastIndex = 0;
  for (let match = LIST.exec(text); match; match = LIST.exec(text)) {
    const list = match[1]!;
    const at = match.index + match[0].length - list.length;
    NAME.lastIndex = 0;
    for (let name = NAME.exec(list); name; name = NAME.exec(list)) {
      out.push(candidateAt('Official', name[0], at + name.index + offset, 'official'));
    }
  }
  return out;
}
