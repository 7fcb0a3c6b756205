/**
 * "WTO members", "APEC economies", "ITU members", "OECD members", "WHO Member States": a known
 * body followed by a members' noun (names.json `memberNouns`) names its members as one collective,
 * an Organization named as written (gold conventions 3.4 "Member-state collectives": `EU Member
 * States`, `UN Member States`, `AU members`, `WTO members`; the gold declares such a phrase in 25
 * places against 18 where it does not). A grouping that stands for its members (groups.json
 * `members`: the G7, the Quad, ASEAN) is left alone: "G7 members" are its countries, never a body
 * of their own (gold 5 of 5). The body stays declared inside (keepsInner), as a body inside
 * another entity's name is.
 */
import { GROUPS } from '../commitments/groups';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const MEMBER_NOUN = new RegExp(
  String.raw`^ (?:${alternation(NAME_RULES.memberNouns)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
);

export function memberCollectives(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  const out: Candidate[] = [];
  for (const body of lexical) {
    if (body.type !== 'Organization' || GROUPS.members.has(body.entityId)) continue;
    const end = body.end - offset;
    const noun = MEMBER_NOUN.exec(text.slice(end, end + 24));
    if (!noun) continue;
    const surface = text.slice(body.start - offset, end + noun[0].length);
    out.push({ ...candidateAt('Organization', surface, body.start, 'phrase'), keepsInner: true });
  }
  return out;
}
