/**
 * "the threat posed by Iran and its proxies", "attacks against Israel by Iran and its proxies":
 * the groups a state acts through, named only as that state's, are one body (gold: the
 * `Organization` "Iran's proxies", alias "its proxies", in 6 files; CONVENTIONS 3.4 Groups).
 * Only right after a state the lexicon found and "and its", so the owner is never guessed:
 * "terrorist proxies" or "through proxies" (Topics in the gold) name no body. The name keeps the
 * state as the text writes it ("Iran's proxies"); the mention is the text's "its proxies".
 * Heads are data (data/rules/names.json ownedProxies).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { statesFollowedBy } from './afterState';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const AFTER_STATE = new RegExp(
  String.raw`^ and (its (?:${alternation(NAME_RULES.ownedProxyHeads)}))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'u',
);

/** "<state> and its proxies" after each state candidate of the sentence. */
export function ownedProxies(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  if (!text.includes(' and its prox')) return [];
  const out: Candidate[] = [];
  for (const { state, owner, after } of statesFollowedBy(lexical, text, offset, AFTER_STATE, 40)) {
    const surface = after[1]!;
    const start = state.end + ' and '.length;
    const name = `${owner}'s proxies`;
    out.push({ ...candidateAt('Organization', surface, start, 'phrase', name), name });
  }
  return out;
}
