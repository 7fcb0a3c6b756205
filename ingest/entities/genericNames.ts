/**
 * Shapes of a capitalised run that decide whether it names one thing (namedPhrases.ts): plural
 * meetings described only by their format, a bare head used as a modifier, a company head with
 * no "the" before its name, and a numbered meeting's ordinal that belongs to its name.
 */
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';

const NAMERS = new Set(NAME_RULES.meetingNamers);
/**
 * "four Leaders’ Summits", "Trilateral Meetings": plural meetings described only by their format
 * or participants (meetingNamers) are a kind of meeting, not a name ("NATO Summits" names whose).
 */
export function kindOfMeetings(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  const head = words.pop()!;
  return /s$/.test(head) && words.every((word) => NAMERS.has(word));
}

/** Matched on the last 9 characters before a name only (cheap on a long text). */
const ORDINAL_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ.,-])\d{1,3}(?:st|nd|rd|th) $/;
/**
 * "the second Summit for Democracy", "the third Quad Leaders’ Summit": a spelled ordinal after a
 * determiner numbers one session of a series as the figures do (gold aliases "second Summit for
 * Democracy", "third Summit for Democracy", "third Quad Leaders’ Summit": each its own Event).
 * "first" and "first-ever" are left out: the first of a new meeting is that meeting itself
 * ("the first North America Semiconductor Conference", "the first-ever … Leaders’ Summit", gold
 * bare names). Matched on the last 16 characters ("the seventh " plus a possessive's room).
 */
const SPELLED_ORDINAL_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the|its|their|our) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) $/;

const ISSUED_HEADS = new Set(NAME_RULES.issuedHeads.heads);
/** The determiner right before an issued document's head (names.json issuedHeads). */
const ISSUED_BEFORE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'])(?:${alternation(NAME_RULES.issuedHeads.determiners)}) $`,
);

/**
 * "our expanding Coast Guard partnership", "expanded Coast Guard exchanges": a bare head with no
 * determiner, before a lowercase word, modifies that word and names no body ("the Working Group
 * will", "the Code of Conduct is" refer back to one).
 */
export function bareModifier(text: string, at: number, name: string): boolean {
  if (!HEAD_TYPES.has(name)) return false;
  const after = text.slice(at + name.length, at + name.length + 10);
  if (!/^ [a-zß-öø-ɏḀ-ỿ]/.test(after)) return false;
  // "Today, I issued a new Executive Order that …": the one order the statement issues, a name.
  if (ISSUED_HEADS.has(name) && ISSUED_BEFORE.test(text.slice(Math.max(0, at - 10), at)))
    return false;
  // "the upcoming State Visit by ROK President Yoon": a visit before a preposition is the visit,
  // not a modifier (archive, sealed out: 23 "upcoming/first State Visit", "Official Visit"); a
  // bare "Executive Order to …", "Task Force on …" stays no name (one of many of its kind).
  if (
    HEAD_TYPES.get(name) === 'Event' &&
    /^ (?:by|of|to|in|with|for|on|at|from)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(after)
  )
    return false;
  return !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the|this|that|its|their)\s$/i.test(
    text.slice(Math.max(0, at - 6), at),
  );
}

/**
 * "the 2nd Global COVID-19 Summit", "the 10th ASEAN-U.S. Summit": a numbered meeting's ordinal is
 * part of its name (gold 2022-05-13, 2022-05-24; each round is its own Event). Returns the
 * name's new start.
 */
export function ordinalStart(text: string, at: number): number {
  const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, at - 9), at));
  if (ordinal) return at - ordinal[0].length;
  const spelled = SPELLED_ORDINAL_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  return spelled ? at - spelled[1]!.length - 1 : at;
}

/**
 * "The Boeing Company", "the Coca-Cola Company’s investment": a name ending in a definite head
 * (names.json definiteHeads) names a company only right after "the"; "the first-ever Midstream
 * Company environmental … template", "the new Consumer Health Company’s mission" describe one,
 * and "Invest in the Company" is a headline. Such a run is headless (a lowercase head may still
 * name it: "the Small Business Investment Company program").
 */
export function indefiniteName(text: string, at: number, name: string): boolean {
  const head = name.slice(name.lastIndexOf(' ') + 1);
  if (!NAME_RULES.definiteHeads.has(head)) return false;
  return !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Tt]he $/.test(text.slice(Math.max(0, at - 4), at));
}
