/**
 * Meetings the text describes in lowercase words: "the first-ever leader-level summit of the
 * Quad", "an in-person summit", "their inaugural national security advisors trilateral meeting",
 * "the May leaders’ summit", "tomorrow’s state funeral". Gold conventions (session 7): a meeting
 * is an Event when the text names it as a thing; what names one particular meeting is its
 * format, level, participants or rank (data/rules/names.json meetingNamers), a month or a body's
 * acronym ("the first NCG meeting"). "a successful summit", "the fourth such meeting", "summit
 * meetings" and "the upcoming visit of a U.S. submarine" name none.
 */
import { MONTH_ALTERNATION } from '../rules/months';
import { NAME_RULES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

function alternation(words: readonly string[]): string {
  return words.map(escapeRegex).join('|');
}

/**
 * What names one meeting: its kind, a month, an acronym ("the NCG meeting"), digits and a plus
 * included ("the G7 virtual leaders’ meeting", "the first C5+1 ministerial meeting": gold
 * 2021-08-23, 2023-09-21 alias the whole description).
 */
const NAMER = `(?:${alternation(NAME_RULES.meetingNamers)}|${MONTH_ALTERNATION}|\\p{Lu}[\\p{Lu}0-9+]{1,5})`;
const MODIFIER = `(?:${[NAMER, ...NAME_RULES.meetingRanks, ...NAME_RULES.meetingFillers]
  .map((word, i) => (i === 0 ? word : alternation([word])))
  .join('|')})`;
const HEAD = alternation(NAME_RULES.meetingHeads);
/** A capitalised word; a period only inside an abbreviation ("U.S.-France"), never a sentence's. */
const CAP = `(?!(?:${MONTH_ALTERNATION})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))\\p{Lu}(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]|\\.(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]))*(?:(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])\\p{Lu})\\.)?`;
/**
 * "of the Quad", "in Washington": a named complement belongs to how the meeting is called, the
 * whole name ("of the U.S.-France Comprehensive Dialogue on Space", whose Program stays nested).
 */
const COMPLEMENT = `( (?:of|in|at) (?:the )?${CAP}(?: (?:(?:on|for|of|and) (?:the )?)?${CAP})*)?`;

/**
 * Up to six modifiers then the head, not inside a capitalised name ("National Security Advisors
 * trilateral meeting" is lowercaseHeads' name; an official's possessive may open it: "President
 * Biden’s trilateral meeting") and not a plural or a compound's first part.
 */
const PHRASE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'+-])(?<!\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* )(?<!(?:^|[^\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])${MODIFIER} )((?:${MODIFIER} ){1,6})(?:${HEAD})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]| (?:meetings?|talks)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))${COMPLEMENT}`,
  'gu',
);
const NAMES_IT = new RegExp(`(?:^| )${NAMER} `, 'u');

/**
 * Whether the description names a particular meeting: a kind among its modifiers, or a rank
 * with a named complement ("the second meeting of the NATO-Ukraine Council"); "its first
 * meeting", "our fourth meeting" do not.
 */
function namesAMeeting(modifiers: string, complement: string | undefined): boolean {
  return NAMES_IT.test(` ${modifiers}`) || complement !== undefined;
}

export function meetingPhrases(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  // The phrase needs a head word; most sentences have none, and the scan with its lookbehinds
  // tries every position.
  if (!NAME_RULES.meetingHeads.some((head) => text.includes(head))) return out;
  PHRASE.lastIndex = 0;
  for (let match = PHRASE.exec(text); match; match = PHRASE.exec(text)) {
    if (!namesAMeeting(match[1]!, match[2])) continue;
    out.push({
      ...candidateAt('Event', match[0], offset + match.index, 'phrase'),
      keepsInner: true,
    });
  }
  return out;
}

const WHOLE = new RegExp(`^${PHRASE.source}$`, 'u');

/** Whether an Event's surface is such a description (for the statement's own meeting). */
export function isMeetingPhrase(surface: string): boolean {
  return WHOLE.test(surface);
}

const KIND_WORDS = new Set([...NAME_RULES.meetingNamers, ...NAME_RULES.meetingFillers]);

/**
 * The head of a description made only of format and level words, with no rank, month, acronym or
 * named complement ("leaders’ meeting", "bilateral meeting", "virtual quadrilateral meeting"):
 * such a description tells how a meeting is held, not which one it is, so it names no meeting of
 * its own (gold conventions 3.6: generic "in a bilateral meeting" is no Event and no alias).
 * Undefined when the surface says more than that.
 */
export function bareMeetingHead(surface: string): string | undefined {
  const match = WHOLE.exec(surface);
  if (!match || match[2] !== undefined) return undefined;
  const words = match[1]!.trim().split(' ');
  if (!words.every((word) => KIND_WORDS.has(word))) return undefined;
  return surface.slice(match[1]!.length);
}
