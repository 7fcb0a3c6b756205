/**
 * "Finland’s NATO accession protocols", "Sweden’s accession protocols": a state's protocol of
 * accession to an alliance is one `Instrument` per state (gold: "Sweden’s NATO accession
 * protocol", "Finland’s NATO accession protocol" in 3 files; CONVENTIONS 3.5, coordinated
 * accession protocols are one Instrument each). Only right after a state the lexicon found and its
 * possessive, so the owner is never guessed; the name keeps the state as the text writes it and
 * the body, the rules' default where the text names none (data/rules/names.json
 * accessionProtocols). The state stays declared (keepsOwner).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { statesFollowedBy } from './afterState';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const RULES = NAME_RULES.accessionProtocols;
const AFTER_STATE = new RegExp(
  String.raw`^[’']s (?:(${alternation(RULES.bodies)}) )?(?:${alternation(RULES.heads)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'u',
);

/** "<state>’s [<body>] accession protocol(s)" after each state candidate of the sentence. */
export function accessionProtocols(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  if (!/ccession [Pp]rotocol/.test(text)) return [];
  const out: Candidate[] = [];
  for (const { state, owner, after } of statesFollowedBy(lexical, text, offset, AFTER_STATE, 60)) {
    const surface = owner + after[0];
    const name = `${owner}’s ${after[1] ?? RULES.body} accession protocol`;
    out.push({
      ...candidateAt('Instrument', surface, state.start, 'phrase', name),
      name,
      keepsOwner: true,
    });
  }
  return out;
}
