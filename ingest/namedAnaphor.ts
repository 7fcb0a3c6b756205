/**
 * "… in accordance with UNSC resolutions, and urged North Korea to abide by its obligations under
 * these resolutions": a demonstrative before a plural noun points back to the one entity named
 * before whose head is that noun, and the clause is about it. Unlike anaphora.ts' kinds of act
 * ("these issues", "such activities"), which take over the whole clause before, the noun says
 * which antecedent: only that entity comes along (in `about` when it is named in the same
 * sentence, `implicitAbout` when in the sentence before, as anaphora.ts does).
 */
import type { Commitment } from '../contract/extraction';
import { sentenceIndexOf } from './ids';
import { HEAD_TYPES } from './rules/names';

/** "these resolutions", "those UNSCRs", "such missiles": a demonstrative and a plural noun. */
const DEMONSTRATIVE = /\b(?:these|those|such)\s+(\p{L}[\p{L}-]*s)\b/giu;
/** Every DEMONSTRATIVE match holds one of its words: a clause with none is spared its scan. */
const DEMONSTRATIVE_WORD = /th[eo]se|such/iu;

/**
 * "… support for the 2016 arbitral tribunal ruling and noted this ruling is final", "regret
 * Russia’s decision to undermine the New START Treaty, and call on Russia to … the Treaty": "this"
 * before a singular noun, or "the" before a capitalised head noun of names (data/rules/names.json
 * `heads`: "the Treaty", "the Alliance", "the Facility"), that ends its noun phrase (no "of"
 * complement, no further name word after it) points back the same way, when a name before has
 * that noun as its head.
 */
const SINGULAR =
  /\b(?:[Tt]his\s+(\p{Ll}[\p{L}-]*[^s\P{L}])|the\s+(\p{Lu}\p{Ll}+[^s\P{L}]))\b(?!\s+(?:of|on|for|to|in|between|with)\b|[’'-]|\s+\p{Lu})/gu;

/** Words that are no head of a named thing: what follows them is a clause, not a noun phrase. */
const NO_HEAD = /^(?:is|was|has|does|its|this|thus|as|us|always|perhaps|various)$/i;

/** "UN Security Council resolutions" → "resolutions"; undefined when a preposition makes the
 * last word no head ("transfer of ballistic missiles" is a transfer). */
function headOf(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((word) => /^(?:of|to|for|on|in|with|against|by|from|between)$/.test(word)))
    return undefined;
  return words[words.length - 1];
}

/** Whether a name (or an alias: "UNSCRs") has the anaphor's noun as its head. */
function headed(noun: string, names: readonly string[]): boolean {
  return names.some((name) => {
    const head = headOf(name);
    return head !== undefined && (head === noun || head.replace(/s$/, '') === noun.slice(0, -1));
  });
}

/** The clause of `commitment`: from its trigger to the next commitment's trigger in its sentence. */
function clauseOf(commitment: Commitment, next: Commitment | undefined): string {
  const from = Math.max(0, commitment.text.indexOf(commitment.trigger));
  const nextFrom =
    next && next.sentenceId === commitment.sentenceId
      ? commitment.text.indexOf(next.trigger, from + 1)
      : -1;
  return commitment.text.slice(from, nextFrom > from ? nextFrom : undefined);
}

/**
 * For each commitment whose clause says "these/those/such NOUNs", the entities with that head
 * among what the clauses before it in its sentence, or in the sentence before, are about (the
 * nearest clause first; the first that has one decides). `namesOf` gives an id's name and aliases.
 */
export function resolveNamedAnaphora(
  commitments: Commitment[],
  namesOf: (id: string) => readonly string[],
): void {
  commitments.forEach((commitment, index) => {
    const clause = clauseOf(commitment, commitments[index + 1]);
    const demonstratives = DEMONSTRATIVE_WORD.test(clause) ? clause.matchAll(DEMONSTRATIVE) : [];
    const nouns = [...demonstratives, ...clause.matchAll(SINGULAR)]
      .filter((match) => match[1] !== undefined || HEAD_TYPES.has(match[2]!))
      .map((match) => (match[1] ?? match[2]!).toLowerCase())
      .filter((noun) => !NO_HEAD.test(noun));
    if (nouns.length === 0) return;
    const at = sentenceIndexOf(commitment.sentenceId);
    const before: Commitment[] = [];
    for (let k = index - 1; k >= 0; k--) {
      const previous = commitments[k]!;
      if (previous.docId !== commitment.docId || at - sentenceIndexOf(previous.sentenceId) > 1)
        break;
      before.push(previous);
    }
    for (const noun of nouns) {
      // "… export of North Korean ballistic missiles …, as well as Russia’s use of these
      // missiles": an antecedent in the clause itself is nearest; nothing comes from before.
      if (commitment.about.some((id) => headed(noun, namesOf(id)))) continue;
      for (const previous of before) {
        const found = [...previous.about, ...previous.targets].filter(
          (id) => !commitment.actors.includes(id) && headed(noun, namesOf(id)),
        );
        if (found.length === 0) continue;
        const same = previous.sentenceId === commitment.sentenceId;
        for (const id of found) add(commitment, id, same);
        break;
      }
    }
  });
}

function add(commitment: Commitment, id: string, explicit: boolean): void {
  if (commitment.about.includes(id) || commitment.targets.includes(id)) return;
  if (explicit) {
    commitment.about.push(id);
    return;
  }
  const implicit = commitment.implicitAbout ?? [];
  if (!implicit.includes(id)) implicit.push(id);
  commitment.implicitAbout = implicit;
}
