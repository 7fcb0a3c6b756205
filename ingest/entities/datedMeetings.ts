/**
 * "to prepare for the President’s meeting on January 21 with Prime Minister Kishida", "as
 * determined … at their meeting on 10 March 2023": an owned meeting, call or visit with a date
 * after it is one recalled or planned meeting, an `Event` (gold conventions: an Event when the
 * text names it as a thing; gold 2022-01-20 "President’s meeting", 2023-04-03 "meeting on 10
 * March 2023"). A named owner ("the President’s") names it, so the mention is the owner's meeting;
 * after a pronoun ("their", "our") the date is what names it, so the mention takes the date in.
 * Either way the entity's name carries the date: the same words name other meetings on other days
 * (ids come from names, gold ruling of session 14). Archive (6,900 statements, sealed out): 11
 * such phrases, all meetings ("their last meeting in November 2022 in Bali", "our meeting in
 * February", "its inaugural meeting on 29 September 2021"). A description that already names its
 * meeting by its kind ("our virtual meeting on 3 March 2022") is meetingPhrases' ("virtual
 * meeting").
 */
import { MONTH_ALTERNATION } from '../rules/months';
import { NAME_RULES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const OWNER =
  "(?:(?<noun>(?:\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* )*\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*[’']s)|(?<pronoun>(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:their|our|his|her|its)))";
/** Up to three lowercase modifiers ("last", "productive", "first"), never a function word. */
const MODIFIERS =
  "((?:(?!(?:and|or|of|to|the|a|an|for|with|in|on|at|by)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))\\p{Ll}[\\p{Ll}-]*[’']? ){0,3})";
const HEAD = `(?:${NAME_RULES.datedMeetingHeads.map(escapeRegex).join('|')})`;
const M = `(?:${MONTH_ALTERNATION})`;
/** "on January 21", "on 10 March 2023", "on June 3, 2024", "in November 2022", "in April". */
const DATE = ` (?:on (?:${M} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?|\\d{1,2} ${M}(?: \\d{4})?)|in ${M}(?: \\d{4})?)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`;
const PATTERN = new RegExp(`${OWNER} ${MODIFIERS}(${HEAD})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(${DATE})`, 'gu');

/**
 * The date before the head: "their positive January 22 conversation", "the November 2022
 * meeting in Bali", "their April 2022 bilateral meeting". The date names it: the entity's name
 * runs from the date to the head (gold aliases "January 22 conversation", "November 2022 meeting
 * in Bali"), a venue after "in" included and kept as a place; the mention is the words after the
 * date ("telephone call", as gold 2024-11-16 names "their April 2, 2024, telephone call").
 * Archive, sealed out: 44 such phrases, all meetings.
 */
const DATE_FIRST = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:their|our|his|her|its|the) (?:\\p{Ll}+ )?(${M}(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?,? )((?:(?!(?:and|or|of|to|the|a|an|for|with|in|on|at|by)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))\\p{Ll}[\\p{Ll}-]* ){0,2}?${HEAD}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?: in \\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]+)?)`,
  'gu',
);

/** Any month name, as `M` matches one (case and all). */
const ANY_MONTH = new RegExp(M, 'u');

const NAMERS = new Set(NAME_RULES.meetingNamers);
const OPENERS = NAME_RULES.openers;

/** "During President Biden’s": a clause's opening word is no part of the owner. */
function ownerWithoutOpener(owner: string): string {
  const words = owner.split(' ');
  while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
  return words.join(' ');
}

export function datedMeetings(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  if (!NAME_RULES.datedMeetingHeads.some((head) => text.includes(head))) return out;
  // Both patterns hold a month name (DATE, and DATE_FIRST's date): most sentences with a meeting
  // word have none, and the patterns' owner and modifier runs are tried at every word otherwise.
  if (!ANY_MONTH.test(text)) return out;
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    const [, modifiers = '', head = '', date = ''] = match.slice(2);
    if (modifiers.split(' ').some((word) => NAMERS.has(word))) continue;
    const noun = match.groups?.noun;
    if (noun) {
      const owner = ownerWithoutOpener(noun);
      const start = match.index + noun.length - owner.length;
      const surface = `${owner} ${modifiers}${head}`;
      out.push({
        ...candidateAt('Event', surface, offset + start, 'phrase', surface + date),
        name: surface + date,
        keepsInner: true,
      });
      continue;
    }
    const pronoun = match.groups?.pronoun ?? '';
    const surface = `${modifiers}${head}${date}`;
    out.push(candidateAt('Event', surface, offset + match.index + pronoun.length + 1, 'phrase'));
  }
  DATE_FIRST.lastIndex = 0;
  for (let match = DATE_FIRST.exec(text); match; match = DATE_FIRST.exec(text)) {
    const [, date = '', words = ''] = match;
    const at = match.index + match[0].length - words.length;
    // The date names it, the words without it are how the text may refer to it again.
    const name = `${date.replace(/,? $/, '')} ${words}`;
    const hit = candidateAt('Event', words, offset + at, 'phrase', name);
    out.push({ ...hit, name, keepsInner: true });
  }
  return out;
}
