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
const AN_OWNER = '(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,6} |(?:United Nations|European Union|African Union) )';
const OWNER = `${AN_OWNER}?`;
const BODY = `(?: of (?:the )?${OWNER}[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*){0,3})?`;
const REMIT = '(?: on [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)?';
/** No capitalised word (a personal name) and no possessive after the office. */
const PATTERN = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the )?(${OWNER}(?:${OFFICE})${BODY}${REMIT})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?! [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
  'g',
);
/**
 * "the IAEA Director General": offices that name their holder only after an owner. With a body
 * after "of" they are a named person's role ("served as Director General of the International
 * Potato Center"), so the owner is required and no body is read.
 */
const OWNED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the )?(${AN_OWNER}(?:${alternation(TITLE_RULES.ownedOffices)}))(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?! [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
  'g',
);
/** Most sentences name no office: the patterns run only after a cheap test. */
const ANY_OFFICE = new RegExp(`${OFFICE}|${alternation(TITLE_RULES.ownedOffices)}`);

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
  OWNED.lastIndex = 0;
  for (let match = OWNED.exec(text); match; match = OWNED.exec(text)) {
    const name = match[1]!;
    const at = match.index + match[0].length - name.length;
    out.push(candidateAt('Official', name, at + offset, 'official'));
  }
  return out;
}
