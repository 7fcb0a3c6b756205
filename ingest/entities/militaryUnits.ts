/**
 * Military units, named by an ordinal and a unit head noun (data/rules/names.json `unitHeads`):
 * "the 1st Cavalry Division", "Seventh Fleet", "Company A". A unit located by the larger units
 * after it ("1st Battalion, 9th Infantry Regiment, 2nd Infantry Division") is one unit as the
 * text names it (gold conventions, session 8): the chain is one Organization.
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const SPELLED = 'First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth';
const HEAD = alternation(NAME_RULES.unitHeads);
/** "9th Infantry Regiment", "Eighth Army", "Company A": at most two branch words before the head. */
const UNIT = `(?:(?:\\d{1,3}(?:st|nd|rd|th)|${SPELLED}) (?:\\p{Lu}\\p{Ll}+ ){0,2}(?:${HEAD})|(?:${HEAD}) \\p{Lu})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`;
const CHAIN = new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${UNIT}(?:, ${UNIT})*`, 'gu');

/**
 * "Combined Task Force 153", "Task Force 59": a task force with a number is a standing naval or
 * joint formation, a military unit (Organization), not a working body (the 'Task Force' head's
 * Program); the number is its name.
 */
const NUMBERED_TASK_FORCE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:Combined|Joint) )?Task Force \d{1,3}(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])/g;

function numberedTaskForces(text: string, offset: number): Candidate[] {
  if (!text.includes('Task Force ')) return [];
  NUMBERED_TASK_FORCE.lastIndex = 0;
  return [...text.matchAll(NUMBERED_TASK_FORCE)].map((match) =>
    candidateAt('Organization', match[0], match.index + offset, 'phrase'),
  );
}

export function militaryUnits(text: string, offset: number): Candidate[] {
  const out: Candidate[] = numberedTaskForces(text, offset);
  // A unit needs a head word; most sentences have none, and the scan tries every word boundary.
  if (!NAME_RULES.unitHeads.some((head) => text.includes(head))) return out;
  CHAIN.lastIndex = 0;
  for (let match = CHAIN.exec(text); match; match = CHAIN.exec(text)) {
    // "Company A" alone is a letter any capitalised word could follow; chained, it is a unit.
    if (/^\p{Lu}\p{Ll}+ \p{Lu}$/u.test(match[0])) continue;
    out.push(candidateAt('Organization', match[0], match.index + offset, 'phrase'));
  }
  return out;
}
