/**
 * Armed bodies a statement names by a lowercase description, not by a capitalised name:
 *
 * - groups named only by their backer ("attacks by Iran-backed militias", "Iranian-backed
 *   terrorist groups"): one body, an `Organization` (gold 2023-11-06 and 2024-08-12 declare them,
 *   the text's words as aliases; session 11 puts the backer in `about`, so the state stays
 *   declared inside). A capitalised word after the backing word is the group's own name
 *   ("Iranian-backed Houthi attacks" names the Houthis), so only lowercase heads count.
 * - a state's military as a noun phrase of its own ("the U.S. military conducted …", "alongside
 *   the U.S. military"): the body. Before a lowercase noun it only modifies that noun ("new U.S.
 *   military deployments" names no body, gold 2023-10-23), so the next word must end the phrase.
 *
 * Words are data (data/rules/names.json proxyGroups, stateMilitaries).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { statesFollowedBy } from './afterState';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const { backing, modifiers, heads } = NAME_RULES.proxyGroups;
const PROXY_GROUP = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]*-(?:${alternation(backing)})\s+(?:(?:${alternation(modifiers)})\s+)?(?:${alternation(heads)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'gu',
);
const ANY_BACKING = new RegExp(String.raw`-(?:${alternation(backing)})\s`, 'u');

/** Groups named by their backer, after any word (the backer opens the name). */
export function proxyGroups(text: string, offset: number): Candidate[] {
  if (!ANY_BACKING.test(text)) return [];
  const out: Candidate[] = [];
  PROXY_GROUP.lastIndex = 0;
  for (let match = PROXY_GROUP.exec(text); match; match = PROXY_GROUP.exec(text)) {
    const name = match[0].replace(/\s+/g, ' ');
    const found = candidateAt('Organization', match[0], match.index + offset, 'phrase', name);
    out.push({ ...found, keepsInner: true });
  }
  return out;
}

const { names, followers } = NAME_RULES.stateMilitaries;
const NAME_OF = new Map(
  Object.entries(names).flatMap(([name, forms]) => forms.map((form) => [form, name] as const)),
);
/** "the U.S. military" after "the", then what follows it (checked in code: cheaper than a lookahead). */
const STATE_MILITARY = new RegExp(
  String.raw`(?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Tt]he\s+)(${alternation([...NAME_OF.keys()])})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?=(\s+\p{Ll}+)?)`,
  'gu',
);
const FOLLOWERS = new Set(followers);
/** The phrase ends here: punctuation, a function word, an auxiliary or a past form ("conducted"). */
function endsPhrase(next: string | undefined): boolean {
  const word = next?.trim();
  return word === undefined || FOLLOWERS.has(word) || /ed$/.test(word);
}

const STATE_NOUN = new RegExp(
  String.raw`^ (${alternation(NAME_RULES.stateMilitaries.stateNouns)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(\s+\p{Ll}+)?`,
  'u',
);
const THE_BEFORE = /(?:^|\s)[Tt]he\s+$/;

/**
 * "the Sudanese military has …", "the Russian military and …": any other known state (a Country
 * candidate, demonym or name) before a state noun, after "the" and before a phrase end, names
 * that state's armed body as written (gold: `Burmese military`, `Sudanese military`, `Russian
 * military`). The U.S. forms are left to their own names above.
 */
function otherStateMilitaries(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
  taken: ReadonlySet<number>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const { state, owner, after: head } of statesFollowedBy(
    lexical,
    text,
    offset,
    STATE_NOUN,
    40,
  )) {
    if (taken.has(state.start) || !endsPhrase(head[2])) continue;
    if (!THE_BEFORE.test(text.slice(Math.max(0, state.start - offset - 5), state.start - offset)))
      continue;
    const surface = `${owner} ${head[1]!}`;
    out.push({ ...candidateAt('Organization', surface, state.start, 'phrase'), keepsInner: true });
  }
  return out;
}

/** A state's military named as a noun phrase of its own. */
export function stateMilitaries(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  if (!text.includes(' military')) return [];
  const out: Candidate[] = [];
  STATE_MILITARY.lastIndex = 0;
  for (let match = STATE_MILITARY.exec(text); match; match = STATE_MILITARY.exec(text)) {
    if (!endsPhrase(match[2])) continue;
    const surface = match[1]!;
    const name = NAME_OF.get(surface.replace(/\s+/g, ' ')) ?? surface;
    out.push({
      ...candidateAt('Organization', surface, match.index + offset, 'phrase', name),
      name,
      keepsInner: true,
    });
  }
  const taken = new Set(out.map((found) => found.start));
  return [...out, ...otherStateMilitaries(lexical, text, offset, taken)];
}
