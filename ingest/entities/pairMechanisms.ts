/**
 * A mechanism named by its parties in one hyphenated word and a lowercase head: "the U.S.-China
 * dialogue on AI", "U.S.-Mongolia-Japan trilateral talks", "the U.S.-India initiative on Critical
 * and Emerging Technology", "the United States’ DPRK policy review". The capitalised-run names
 * need two words, so a one-word owner never reaches their lowercase heads. Gold conventions
 * (sessions 9, 11): bilateral and trilateral dialogues, talks and national policy reviews are
 * `Program`s. Heads and modifiers are data (names.json pairMechanismHeads / …Modifiers).
 *
 * Precision: the head must be specific, either after a format word ("trilateral talks", "policy
 * review") or with a capitalised subject ("dialogue on AI"); a bare "U.S.-China dialogue" or
 * "the INDUS-X initiative" is no name, nor a region's own hyphenated name ("Indo-Pacific").
 * In the 6,900-statement archive the pattern has 8 hits, all mechanisms.
 *
 * An agreement named the same way is an `Instrument` ("the Israel-Lebanon maritime boundary
 * agreement", "the U.S.-China air transportation agreement", "the PRC-Solomon Islands security
 * agreement"): its subject words are lowercase, so the capitalised-run names never see it.
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const heads = NAME_RULES.pairMechanismHeads.join('|');
const modifiers = NAME_RULES.pairMechanismModifiers.join('|');
/**
 * Parties: two or more capitalised parts joined by hyphens, or an acronym of capitals; the last
 * may be a country's name with "of" and its short form ("U.S.-Mongolia-Republic of Korea (ROK)").
 */
const PARTIES = String.raw`\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*(?:-\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)+(?: of \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)?(?: \(\p{Lu}{2,6}\))?|\p{Lu}{2,6}`;
/** "on AI", "on the Indo-Pacific", "on Critical and Emerging Technology". */
const SUBJECT = String.raw` on (?:the )?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?: (?:and |of |for |the )?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*)*`;
const PAIR_MECHANISM = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-])(${PARTIES}) (?:(?:${modifiers}) (?:${heads})(?:${SUBJECT})?|(?:${heads})${SUBJECT})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  'gu',
);
/** A sentence with no head word skips the pattern (most do). */
const ANY_HEAD = new RegExp(String.raw` (?:${heads})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'u');

const agreements = NAME_RULES.lowercaseInstrumentHeads.join('|');
/**
 * Parties in one hyphenated word, the last maybe of two words ("PRC-Solomon Islands"), then one
 * to three lowercase subject words and the head. Function words and verbs are no subject ("the
 * U.S.-China agreement", "U.S.-China have signed an agreement" name nothing).
 */
const NOT_SUBJECT =
  /^(?:and|or|but|the|a|an|to|of|in|on|for|with|by|at|as|that|which|who|is|are|was|were|be|been|has|have|had|will|would|can|could|may|must|should|do|does|did|not|also|its|their|our|this|these|those|new|first|signed|reached|concluded|announced|sign|reach|conclude|announce)$/;
const PAIR_AGREEMENT = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-])(\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*(?:-\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)+(?: \p{Lu}\p{Ll}+)?)((?:\s+\p{Ll}[\p{Ll}-]*){1,3})\s+(?:${agreements})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  'gu',
);
const ANY_AGREEMENT = new RegExp(String.raw`\s(?:${agreements})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'u');

/** Pair-named agreements of one sentence, with lowercase subject words. */
export function pairAgreements(text: string, offset: number): Candidate[] {
  if (!ANY_AGREEMENT.test(text)) return [];
  const out: Candidate[] = [];
  PAIR_AGREEMENT.lastIndex = 0;
  for (let match = PAIR_AGREEMENT.exec(text); match; match = PAIR_AGREEMENT.exec(text)) {
    const subject = match[2]!.trim().split(/\s+/);
    if (subject.some((word) => NOT_SUBJECT.test(word))) continue;
    const start = match.index + offset;
    const name = match[0].replace(/\s+/g, ' ');
    // The parties are named too: nested hits.
    out.push({ ...candidateAt('Instrument', match[0], start, 'phrase', name), keepsInner: true });
  }
  return out;
}

/** Pair-named mechanisms of one sentence; a region's own name (a lexicon Region) is no party. */
export function pairMechanisms(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  if (!ANY_HEAD.test(text)) return [];
  const out: Candidate[] = [];
  PAIR_MECHANISM.lastIndex = 0;
  for (let match = PAIR_MECHANISM.exec(text); match; match = PAIR_MECHANISM.exec(text)) {
    const start = match.index + offset;
    const partiesEnd = start + match[1]!.length;
    const region = lexical.some(
      (known) => known.type === 'Region' && known.start === start && known.end === partiesEnd,
    );
    // The parties are named too ("Japan" in "U.S.-Mongolia-Japan trilateral talks"): nested hits.
    if (!region)
      out.push({ ...candidateAt('Program', match[0], start, 'phrase'), keepsInner: true });
  }
  return out;
}

const meetingHeads = alternation(NAME_RULES.pairMeetingHeads);
const meetingModifiers = alternation(NAME_RULES.pairMeetingModifiers);
/**
 * "the U.S.-Russia summit", "the U.S.-Japan-ROK trilateral summit": the one meeting of parties
 * named in one hyphenated word, an Event (gold 2021-05-24, 2024-02-09). The parties' word needs
 * two capitalised parts (an acronym alone, "the NCG meeting", is meetingPhrases' job); a plural or
 * a second head ("summit meetings") names a kind of meeting, none in particular.
 */
const PAIR_MEETING = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-])(\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*(?:-\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)+) (?:(?:${meetingModifiers}) )?(?:${meetingHeads})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-]| (?:${meetingHeads})s?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
  'gu',
);
const ANY_MEETING = new RegExp(
  String.raw`-\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]* (?:\S+ )?(?:${meetingHeads})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);

/** Pair-named meetings of one sentence; a region's own name ("Indo-Pacific") is no party. */
export function pairMeetings(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  if (!ANY_MEETING.test(text)) return [];
  const out: Candidate[] = [];
  PAIR_MEETING.lastIndex = 0;
  for (let match = PAIR_MEETING.exec(text); match; match = PAIR_MEETING.exec(text)) {
    const start = match.index + offset;
    const partiesEnd = start + match[1]!.length;
    const region = lexical.some(
      (known) => known.type === 'Region' && known.start === start && known.end === partiesEnd,
    );
    if (!region) out.push({ ...candidateAt('Event', match[0], start, 'phrase'), keepsInner: true });
  }
  return out;
}
