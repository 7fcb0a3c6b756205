/**
 * "… in accordance with UNSC resolutions, and urged North Korea to abide by its obligations under
 * these resolutions": a demonstrative before a plural noun points back to the one entity named
 * before whose head is that noun, and the clause is about it. Unlike anaphora.ts' kinds of act
 * ("these issues", "such activities"), which take over the whole clause before, the noun says
 * which antecedent: only that entity comes along (in `about` when it is named in the same
 * sentence, `implicitAbout` when in the sentence before, as anaphora.ts does).
 */
import type { Commitment } from '../contract/extraction';
import { describedEntities, type NamedEntity } from './definiteDescriptions';
import { sentenceIndexOf } from './ids';
import type { Lexicon } from './lexicon';
import { DEFINITE_HEADS } from './rules/definiteHeads';
import { HEAD_TYPES } from './rules/names';

/** Heads "the" never points back through: the speaker's own government (see the data's comment). */
const OWN_GOVERNMENT = new Set(DEFINITE_HEADS.ownGovernmentHeads);

/** "these resolutions", "those UNSCRs", "such missiles": a demonstrative and a plural noun. */
const DEMONSTRATIVE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:these|those|such)\s+(\p{L}[\p{L}-]*s)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/giu;
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
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[Tt]his\s+(\p{Ll}[\p{L}-]*[^s\P{L}])|the\s+(\p{Lu}\p{Ll}+[^s\P{L}]))(?:(?<=[\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?!\s+(?:of|on|for|to|in|between|with)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|[’'-]|\s+\p{Lu})/gu;

/**
 * "… with Coalition partners" is no anaphor; "the Alliance", "the Agreement’s benefits", "the
 * Summit", "this Pledge", "our Alliance" are: "the", "this" or "our" and a capitalised head of
 * names (data/rules/names.json `heads`) that ends its noun phrase, possessive or not. The text writes such a short name for the one body, document or
 * meeting of that head it names anywhere (gold lists "the Alliance", "the Agreement", "the
 * Platform", "the Pledge" as aliases of the name given paragraphs before), so when nothing in the
 * sentence or the one before has that head, the statement's one name of that head and type is it.
 */
const DEFINITE_HEAD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the|this|our)\s+(\p{Lu}\p{Ll}+)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+(?:of|on|for|to|in|between|with)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|-|\s+\p{Lu})/gu;

/** Words that are no head of a named thing: what follows them is a clause, not a noun phrase. */
const NO_HEAD = /^(?:is|was|has|does|its|this|thus|as|us|always|perhaps|various)$/i;

/** Words a name's head stands before: "transfer of ballistic missiles", "Agreement on Reciprocal Trade". */
const AFTER_HEAD = /^(?:of|to|for|on|in|with|against|by|from|between)$/;

/** "UN Security Council resolutions" → "resolutions"; undefined when a preposition makes the
 * last word no head ("transfer of ballistic missiles" is a transfer). */
function headOf(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((word) => AFTER_HEAD.test(word))) return undefined;
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
  named: readonly NamedEntity[] = [],
): void {
  commitments.forEach((commitment, index) => {
    const clause = clauseOf(commitment, commitments[index + 1]);
    resolveDefiniteHeads(commitment, clause, named);
    for (const id of describedEntities(commitment, clause, named)) add(commitment, id, true);
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

/** A proper name's head: its last word before a preposition or a venue's "at" ("Global Coalition to Defeat ISIS"). */
function nameHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const cut = words.findIndex((word) => AFTER_HEAD.test(word) || word === 'at');
  const head = cut > 0 ? words[cut - 1]! : words[words.length - 1]!;
  return head.replace(/[’']s$|[,.;:)]+$/u, '');
}

/**
 * The doc-wide reading of DEFINITE_HEAD: after the nearer antecedents of resolveNamedAnaphora had
 * their turn, "the Agreement" is the statement's one Instrument whose name ends in "Agreement".
 * A second name of that type that holds the word anywhere ("Gavi, the Vaccine Alliance" beside
 * NATO, the "North Atlantic Alliance"), or none, leaves it unresolved; so does a speaker of the
 * clause. An office named after a summit is no second Summit.
 */
function resolveDefiniteHeads(
  commitment: Commitment,
  clause: string,
  named: readonly NamedEntity[],
): void {
  if (named.length === 0) return;
  for (const match of clause.matchAll(DEFINITE_HEAD)) {
    const type = HEAD_TYPES.get(match[1]!);
    if (type === undefined || OWN_GOVERNMENT.has(match[1]!)) continue;
    const noun = match[1]!.toLowerCase();
    const word = new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${noun}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'i');
    const holders = named.filter(
      (entity) => entity.type === type && entity.names.some((name) => word.test(name)),
    );
    if (holders.length !== 1) continue;
    const only = holders[0]!;
    if (!only.names.some((name) => nameHead(name) === noun)) continue;
    if (commitment.actors.includes(only.id)) continue;
    add(commitment, only.id, true);
  }
}

const LEXICON_NAMES = new WeakMap<Lexicon, Map<string, string[]>>();

/**
 * Every alias the lexicon knows an entity by, whether or not the statement wrote it: NATO is also
 * the "North Atlantic Alliance", so "the Alliance" beside NATO and Gavi is ambiguous. Built once
 * per lexicon.
 */
export function lexiconNames(lexicon: Lexicon): ReadonlyMap<string, string[]> {
  let names = LEXICON_NAMES.get(lexicon);
  if (names) return names;
  names = new Map();
  for (const { alias, entityId } of lexicon.aliases) {
    if (entityId.startsWith('topic:')) continue;
    const list = names.get(entityId);
    if (list) list.push(alias);
    else names.set(entityId, [alias]);
  }
  LEXICON_NAMES.set(lexicon, names);
  return names;
}
