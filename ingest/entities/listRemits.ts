/**
 * "the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities": a
 * capitalised name whose remit after "for"/"on" is a coordinated list of capitalised fields keeps
 * the whole list; the capitalised-run finder stops at the first comma (gold 2021-10-08,
 * 2022-10-14, 2023-04-13). The name keeps the type its head gave it.
 */
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

/** The name ends in a remit of capitalised words ("… Framework for Security"). */
const ENDS_IN_REMIT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:for|on) \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*(?: \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*){0,3}$/u;
/** A field of Title-case words: an all-capitals word ("ITHAKA", "SCAN") is a firm's name. */
const WORD = `\\p{Lu}(?!\\p{Lu})[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*`;
const FIELD = `${WORD}(?: ${WORD}){0,2}`;
/**
 * ", Public Health, and Safe Communities": one to three further fields, the last after "and"; a
 * longer list is a roll of bodies ("… System for Health, Tufts Medicine, …, and …").
 */
const LIST_TAIL = new RegExp(`^(?:, ${FIELD}){1,2},? and ${FIELD}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`, 'u');
/** Where each field of the tail starts (after ", " or "and "). */
const FIELD_START = /(?:, (?:and )?| and )(?=\p{Lu})/gu;

/**
 * A field the lexicon knows as a state, body or person ("for Ukraine, Moldova, and Georgia") is a
 * list of parties the clause coordinates with the name, not its remit.
 */
function namesParty(tail: string, at: number, lexical: readonly Candidate[]): boolean {
  for (const match of tail.matchAll(FIELD_START)) {
    const start = at + match.index + match[0].length;
    if (lexical.some((known) => known.start === start && known.type !== 'Topic')) return true;
  }
  return false;
}

export function withListRemit(
  candidate: Candidate,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase' || !ENDS_IN_REMIT.test(candidate.text)) return candidate;
  const tail = LIST_TAIL.exec(text.slice(candidate.end - offset))?.[0];
  if (!tail || namesParty(tail, candidate.end, lexical)) return candidate;
  return candidateAt(candidate.type, candidate.text + tail, candidate.start, 'phrase');
}
