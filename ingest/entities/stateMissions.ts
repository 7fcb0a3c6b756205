/**
 * "the U.S. Mission to ASEAN", "U.S. Mission to the United Nations": a state's diplomatic mission
 * to a body is a body of its own (an `Organization`, gold 2022-05-13), though "Mission" is no head
 * noun (an "Investment Mission to the Philippines" is a trade trip). Only a known country right
 * before the head and a known body or country right after "to (the)": archive (6,902 statements,
 * sealed out) ~55 such names, all missions. The state and the body are named too (nested hits).
 */
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const MISSION = new RegExp(`^ (?:${NAME_RULES.stateMissionHeads.join('|')}) to (?:the )?`, 'u');

export function stateMissions(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  const out: Candidate[] = [];
  for (const state of lexical) {
    if (state.type !== 'Country') continue;
    const head = MISSION.exec(text.slice(state.end - offset));
    if (!head) continue;
    const bodyStart = state.end + head[0].length;
    const body = lexical.find(
      (known) =>
        known.start === bodyStart && (known.type === 'Organization' || known.type === 'Country'),
    );
    if (!body) continue;
    const surface = text.slice(state.start - offset, body.end - offset);
    out.push({ ...candidateAt('Organization', surface, state.start, 'phrase'), keepsInner: true });
  }
  return out;
}
