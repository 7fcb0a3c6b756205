/**
 * "the UN Secretary-General", "the Special Envoy of the ASEAN Chair on Myanmar": an official the
 * statement names by office alone, with no personal name after the title, is an `Official` named
 * by that office (gold conventions, session 10). The office's owner before it ("UN") and its body
 * after "of the" ("ASEAN Chair", "UN Secretary-General") and remit after "on" are in the name.
 */
import { alternation, TITLE_RULES } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const OFFICES: ReadonlySet<string> = new Set(TITLE_RULES.offices);
const OFFICE = alternation(TITLE_RULES.offices);
/** An owner: an acronym ("UN") or a union's full name ("European Union High Representative"). */
const OWNER = '(?:\\p{Lu}{2,6} |(?:United Nations|European Union|African Union) )?';
const BODY = `(?: of (?:the )?${OWNER}\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?: \\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*){0,3})?`;
const REMIT = '(?: on \\p{Lu}\\p{Ll}+)?';
/** No capitalised word (a personal name) and no possessive after the office. */
const PATTERN = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the )?(${OWNER}(?:${OFFICE})${BODY}${REMIT})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?! \\p{Lu})`,
  'gu',
);
/** Most sentences name no office: the pattern runs only after a cheap test. */
const ANY_OFFICE = new RegExp(OFFICE, 'u');

export function officeNames(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  if (!ANY_OFFICE.test(text)) return out;
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    // "NATO Secretary General Jens Stoltenberg" is a title before a name, which the lookahead
    // refuses. A bare "the Secretary-General" is kept out: in a statement that names the person
    // it is that person again; an owner or a body says whose office it is.
    const name = match[1]!;
    if (OFFICES.has(name)) continue;
    const at = match.index + match[0].length - name.length;
    out.push(candidateAt('Official', name, at + offset, 'official'));
  }
  return out;
}
