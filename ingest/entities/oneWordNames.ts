/**
 * One-word names (namedPhrases.ts): a single capitalised word names something only as a
 * programme after "the" ("the Artemis program") or as the last of single words listed after a
 * determiner ("the Women, Peace, and Security agenda"); anywhere else ("We", "Japan") a one-word
 * run is no name, so findNamedPhrases skips it before cutting.
 */

import { lowercaseHead } from './lowercaseHeads';

/**
 * "a bilateral Science, Technology, and ": single capitalised words listed before a name, after a
 * determiner (and at most one modifier), open that name.
 */
export const LISTED_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the|a|an|our|its|their)(?: \p{Ll}+)? ((?:\p{Lu}\p{Ll}+, ){1,3}(?:and )?)$/u;

/** A text ending in the word "the" and a space. */
const AFTER_THE = /(?:^|\s)the $/;

/** Whether a one-word name may start at `at`: after "the " or a list LISTED_BEFORE opens. */
export function mayNameAlone(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (AFTER_THE.test(before.slice(-5))) return true;
  // (LISTED_BEFORE ends in ", " or "and ": the regex is tried only there.)
  return (before.endsWith(', ') || before.endsWith('and ')) && LISTED_BEFORE.test(before);
}

/**
 * "through the Women, Peace, and Security agenda": the last of single words listed after a
 * determiner, before a programme's lowercase head, closes that programme's name (gold 2022-06-28;
 * LISTED_BEFORE then opens it).
 */
export function listedProgram(text: string, at: number, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || !LISTED_BEFORE.test(text.slice(Math.max(0, at - 60), at)))
    return false;
  return lowercaseHead(text.slice(at + name.length))?.type === 'Program';
}

/**
 * "collaboration on the Artemis program", "the Fulbright program": one capitalised word after
 * "the" and before a programme's lowercase head names that programme (gold 2022-05-23); a known
 * name before its kind stays that name (knownWithKind), and an acronym or a word opening the
 * sentence names none.
 */
export function oneWordProgram(text: string, at: number, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || !AFTER_THE.test(text.slice(Math.max(0, at - 5), at)))
    return false;
  return lowercaseHead(text.slice(at + name.length))?.type === 'Program';
}
