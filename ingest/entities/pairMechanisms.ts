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
 */
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const heads = NAME_RULES.pairMechanismHeads.join('|');
const modifiers = NAME_RULES.pairMechanismModifiers.join('|');
/**
 * Parties: two or more capitalised parts joined by hyphens, or an acronym of capitals; the last
 * may be a country's name with "of" and its short form ("U.S.-Mongolia-Republic of Korea (ROK)").
 */
const PARTIES = String.raw`[A-Z][\w.]*(?:-[A-Z][\w.]*)+(?: of [A-Z][\w.]*)?(?: \([A-Z]{2,6}\))?|[A-Z]{2,6}`;
/** "on AI", "on the Indo-Pacific", "on Critical and Emerging Technology". */
const SUBJECT = String.raw` on (?:the )?[A-Z][\w-]*(?: (?:and |of |for |the )?[A-Z][\w-]*)*`;
const PAIR_MECHANISM = new RegExp(
  String.raw`(?<![\w.’'-])(${PARTIES}) (?:(?:${modifiers}) (?:${heads})(?:${SUBJECT})?|(?:${heads})${SUBJECT})(?![\w-])`,
  'g',
);
/** A sentence with no head word skips the pattern (most do). */
const ANY_HEAD = new RegExp(String.raw` (?:${heads})\b`);

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
