/**
 * "technologies directly related to the DPRK intercontinental ballistic missile program": a known
 * country after "the", one to four lowercase subject words and a programme's head (names.json
 * stateProgramHeads) name that state's programme, a Program (gold 2023-05-30, 2023-08-23,
 * 2023-11-21). The capitalised-run names never see it: its subject words are lowercase. A
 * possessive or a plural ("the DPRK’s nuclear and missile programs") is what a commitment is
 * about, a topic (gold), so neither is matched here; nor is a demonym ("the American rescue
 * program"), function words or verbs among the subject words.
 */
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { NOT_SUBJECT } from './pairMechanisms';

const HEADS = NAME_RULES.stateProgramHeads.join('|');
/** What follows the country: its subject words and the head, singular. */
const AFTER_STATE = new RegExp(String.raw`^((?:\s+[a-z][a-z-]*){1,4})\s+(?:${HEADS})(?![\w-])`);
const THE_BEFORE = /\bthe\s+$/;

/** Programmes named by their state and lowercase subject words in one sentence. */
export function statePrograms(lexical: readonly Candidate[], text: string, offset: number) {
  return lexical.flatMap((state) => {
    if (state.type !== 'Country' || state.adjectival) return [];
    const at = state.start - offset;
    if (!THE_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return [];
    const match = AFTER_STATE.exec(text.slice(state.end - offset));
    if (
      !match ||
      match[1]!
        .trim()
        .split(/\s+/)
        .some((word) => NOT_SUBJECT.test(word))
    )
      return [];
    const surface = text.slice(at, state.end - offset + match[0].length);
    const name = surface.replace(/\s+/g, ' ');
    // The state inside the name is still named (declared, nested).
    return [
      {
        ...candidateAt('Program', surface, state.start, 'phrase', name),
        keepsInner: true as const,
      },
    ];
  });
}
