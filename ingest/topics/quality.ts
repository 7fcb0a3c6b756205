/**
 * The quality floor of a derived topic: from a raw noun phrase to the topic phrases worth a node,
 * or none. Never a fragment (cut at a possessive, a title, a dangling word), never a vacuous
 * head ("concrete steps", "cooperation" alone), the complement of a relational head
 * ("implementation of the sanctions" → "sanctions"), coordinations of two full phrases expanded
 * ("legal obligations and political commitments" → two topics). Word lists: data/rules/.
 */

import { GROUPS } from '../commitments/groups';
import { TITLE_WORDS } from '../rules/titles';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { withoutAgent } from './agents';
import { distribute, expand, PREPOSITION } from './coordination';
import {
  DETERMINERS,
  eventOfWeapon,
  isPairRelation,
  namedAllies,
  namedObject,
  ownerAsObject,
  POSSESSIVE,
  towardParties,
} from './namedObject';
import { withoutOwner, withoutOwnPronoun } from './ownerTrims';
import {
  keptFrom,
  knownObject,
  namedKind,
  vacuousComplement,
  vacuousContent,
} from './qualityTests';

/** Longest a topic may be, in words: longer chunks are clauses, not concepts. */
const MAX_WORDS = 6;
/** A lowercase plural noun ("frameworks", "policies"), not a mass noun in -ss, -us or -is. */
const PLURAL = /^[a-z]+[^sui]s$/;

function dropWeakModifiers(words: string[]): string[] {
  let from = 0;
  while (
    from < words.length - 1 &&
    !keptFrom(words, from) &&
    Q.weakModifiers.has(words[from]!.toLowerCase())
  )
    from++;
  // "and" left in front after "full and" is dropped too ("robust and … ").
  while (from < words.length - 1 && /^(?:and|or|,)$/.test(words[from]!)) from++;
  // "trilateral security capabilities", "bilateral cooperation": who takes part is the only
  // thing that makes a subject of words vacuous alone, so that modifier stays.
  const rest = words.slice(from);
  const scope = words.slice(0, from).findLastIndex((word) => Q.scopeModifiers.has(word));
  if (scope >= 0 && rest.every((word) => Q.vacuousAlone.has(word.toLowerCase())))
    return [words[scope]!, ...rest];
  return rest;
}

/**
 * Length in words, a name counting as one: "unlawful maritime claims in the South China Sea" is
 * as long as "unlawful maritime claims in the Pacific".
 */
function lengthOf(words: string[]): number {
  return words.filter((word, i) => !(/^[A-Z]/.test(word) && /^[A-Z]/.test(words[i - 1] ?? '')))
    .length;
}

function emptyToHead(word: string): boolean {
  const lower = word.toLowerCase();
  return Q.toHeads.has(lower) && Q.vacuousHeads.has(lower);
}

/** The words a topic keeps, or undefined when none do. */
function reduce(input: string[]): string[] | undefined {
  let words = input;
  for (let guard = 0; guard < 4; guard++) {
    // Cut at a possessive: "the Group's guidelines" is about the guidelines, named elsewhere.
    const owner = words.findLastIndex((word) => POSSESSIVE.test(word));
    if (owner >= 0) words = words.slice(owner + 1);
    while (words.length > 0 && DETERMINERS.test(words[0]!)) words = words.slice(1);
    words = dropWeakModifiers(words);
    const [first, second] = words;
    // "cooperation on international standards": a head vacuous alone says how, "on" says what.
    // "cooperation in cyber technology": likewise "in" with a head that names a relation.
    const onWhat =
      (second === 'on' &&
        (Q.vacuousAlone.has(first?.toLowerCase() ?? '') ||
          Q.vacuousHeads.has(first?.toLowerCase() ?? ''))) ||
      (second === 'in' && words[2] !== 'support' && Q.pairHeads.has(first?.toLowerCase() ?? ''));
    // "advances in cooperation", "progress in denuclearization": "in" after a relational head
    // says where it stands, the complement is the subject.
    const link = second === 'of' || second === 'in';
    if (first && ((link && Q.relationalHeads.has(first.toLowerCase())) || onWhat)) {
      words = words.slice(2);
      continue;
    }
    // "commitment to the health and safety", "shared commitment to the goal": a head that says
    // nothing itself (vacuousHeads) and takes "to" leaves its object, unless the object is a
    // name ("commitment to the ROK" stays whole). "military support to terrorist groups" stays.
    // "complex nature of relations": one modifier before a relational head says no more.
    // The kept-modifier test (a join and lowercasing) only where it can matter, and once.
    if (
      words[2] === 'of' &&
      Q.relationalHeads.has(second?.toLowerCase() ?? '') &&
      !keptFrom(words, 0)
    ) {
      words = words.slice(3);
      continue;
    }
    const at = [0, 1].find((i) => words[i + 1] === 'to' && emptyToHead(words[i]!));
    if (at !== undefined && !namedObject(words.slice(at))) {
      words = words.slice(at + 2);
      continue;
    }
    // "support for the defense of Japan": a head taking "to"/"for" whose object is itself a
    // subject with a named object leaves that subject.
    const object = [0, 1].find(
      (i) =>
        Q.toHeads.has(words[i]?.toLowerCase() ?? '') &&
        /^(?:to|for)$/.test(words[i + 1] ?? '') &&
        namedObject(words.slice(words[i + 2] === 'the' ? i + 3 : i + 2)),
    );
    if (object !== undefined) {
      words = words.slice(words[object + 2] === 'the' ? object + 3 : object + 2);
      continue;
    }
    break;
  }
  // "peace consistent with the principles": an adjective that takes a preposition after its noun
  // starts a clause about the noun, not part of its name.
  const post = words.findIndex(
    (word, i) =>
      i > 0 && Q.postpositiveAdjectives.has(word) && PREPOSITION.test(words[i + 1] ?? ''),
  );
  if (post > 0) words = words.slice(0, post);
  // "information on the challenges", "cooperation in the region": a complement of nothing but
  // vacuous words (vacuousComplements, vacuousHeads) says nothing; the head phrase before it stays.
  const prep = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  if (prep > 0) {
    const complement = words
      .slice(prep + 1)
      .filter((word) => !DETERMINERS.test(word) && !/^(?:and|or)$/.test(word));
    if (complement.length > 0 && complement.every(vacuousComplement)) {
      // "return and resolution of the cases": two bare heads coordinated before an "of" were
      // what the complement is of; with the complement empty nothing is left to be about.
      if (prep === 3 && words[1] === 'and' && words[3] === 'of') return undefined;
      words = words.slice(0, prep);
    }
  }
  return words.length > 0 ? words : undefined;
}

/** "the national security advisors", "our allies": the plural heads of group subjects (one word). */
const GROUP_HEADS = new Set(
  [...GROUPS.officialNouns, ...GROUPS.countryNouns]
    .filter((noun) => !noun.includes(' '))
    .map((noun) => noun.toLowerCase()),
);

/** Each vacuous phrase with the space after it, as a phrase opens with it (built once, not per test). */
const VACUOUS_OPENINGS = [...Q.vacuousPhrases].map((phrase) => `${phrase} `);

function acceptable(words: string[], known: (phrase: string) => boolean): boolean {
  const phrase = words.join(' ');
  const lower = phrase.toLowerCase();
  if (known(phrase)) return !Q.vacuousPhrases.has(lower);
  if (lengthOf(words) > MAX_WORDS || Q.vacuousPhrases.has(lower)) return false;
  // "U.S.-PRC relations": the abbreviation's periods are part of the names.
  if (isPairRelation(words)) return true;
  // "Artemis program": a programme's name, not a topic.
  if (namedKind(words)) return false;
  // "U.S." inside a phrase ("conventional support to U.S. nuclear operations") is a name.
  if (
    !/^[\p{L}\p{N}][\p{L}\p{N}’'\-\s/]*$/u.test(
      phrase.replace(/(?<=\s)(?:\p{Lu}\.){2,}(?=\s+\p{Ll})/gu, 'X'),
    )
  )
    return false;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  const named = namedObject(words);
  // "support for Ukraine": a head with a named object is a noun here, not a verb or idiom.
  if (!named && (Q.frameWords.has(first) || Q.leadingFragments.has(first))) return false;
  if (Q.danglingWords.has(last) || Q.vacuousHeads.has(last)) return false;
  // "national security advisors", "allies and partners": who acts or is addressed, not a topic
  // (unless the group is a complement: "visits of defense officials").
  // "regional stakeholders", "national prosecutors" (agentHeads): who acts, likewise
  // (withoutAgent keeps the domain of "maritime law enforcement agencies").
  if (
    (GROUP_HEADS.has(last) || Q.agentHeads.has(last)) &&
    !words.some((word) => PREPOSITION.test(word))
  )
    return false;
  // "an astronaut on Gateway", "stakeholders in the region", "creators across France": an agent
  // that heads the phrase stays who acts, whatever place or body its complement adds.
  const prep = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  const head = words[prep - 1]?.toLowerCase() ?? '';
  if (prep > 0 && (GROUP_HEADS.has(head) || Q.agentHeads.has(head))) return false;
  // "security of our citizens", "peace and stability in the Indo-Pacific": a vacuous head
  // whose complement names a place or party, not a subject.
  // "cases of American citizens": a vacuous head's complement is what the phrase is about, and
  // relational heads were already cut in reduce(); what is left is no topic.
  // "defense of Japan", "cooperation between Russia and the DPRK": a vacuous-alone head whose
  // object is named is a subject of its own.
  if (
    (Q.vacuousAlone.has(first) || Q.vacuousHeads.has(first)) &&
    PREPOSITION.test(words[1] ?? '') &&
    !named
  )
    return false;
  // "holding of an Extended Nuclear Deterrence Immersion Course": cut at a name, a fragment.
  if (
    /^[a-z]/.test(words[0]!) &&
    /^[A-Z]/.test(words[words.length - 1]!) &&
    /^(?:a|an|the)$/.test(words[words.length - 2] ?? '') &&
    !named
  )
    return false;
  for (const opening of VACUOUS_OPENINGS) {
    if (!lower.startsWith(opening)) continue;
    if (PREPOSITION.test(lower.slice(opening.length).split(' ')[0]!)) return false;
  }
  if (words.some((word) => TITLE_WORDS.has(word))) return false;
  // A pronoun inside ("leverage our industrial bases") marks a clause, not a noun phrase.
  if (words.some((word) => /^(?:our|their|we|they|us|them|it)$/i.test(word))) return false;
  if (named) return true;
  // A suspended hyphen ("stability- and growth") or a capitalised word after a lowercase start
  // that is not a name the finders typed ("purchase of Australian") is a cut phrase.
  if (words.some((word) => word.endsWith('-'))) return false;
  if (/^[a-z]/.test(words[0]!) && /^[A-Z][a-z]+(?:an|ese|ish|i)$/.test(words[words.length - 1]!))
    return false;
  // One word is a topic only when the thesaurus knows it ("coercion" yes, "operation" no).
  if (words.length === 1) return false;
  const content = words.filter((word) => !/^(?:of|and|or|for|to|in|on|with|the|a)$/.test(word));
  // Nothing but vacuous words once names are set aside ("Russian support", "joint cooperation"),
  // unless a kept modifier makes the phrase ("mutual defense relationship").
  // A scope modifier kept in front ("bilateral cooperation") is what the phrase is about.
  // "defense relationship", "security ties": a relation (pairHeads) named by its domain (a
  // namedObjectHeads word that is no relation itself) is a subject, as "defense of Japan" is.
  const domainRelation =
    words.length === 2 &&
    Q.namedObjectHeads.has(first) &&
    !Q.pairHeads.has(first) &&
    Q.pairHeads.has(last);
  if (
    content.every(vacuousContent) &&
    !domainRelation &&
    !Q.keepModifiers.some((keep) => lower.startsWith(keep))
  )
    return false;
  // Every word capitalised: a name no finder typed ("Youth Champions"), not a topic.
  if (content.every((word) => /^[A-Z]/.test(word))) return false;
  return !genericPair(words);
}

/**
 * "frameworks and policies", "institutions and arrangements", "commitments and agreements": two
 * bare plural nouns, the first vacuous alone, name instruments of something unsaid, no topic
 * (the thesaurus knows the pairs that are: "research and development"). Ideals (valueNouns:
 * "interests and values") are named.
 */
function genericPair(words: readonly string[]): boolean {
  if (words.length !== 3 || words[1] !== 'and') return false;
  const [a, , b] = words as [string, string, string];
  if (!PLURAL.test(a) || !PLURAL.test(b)) return false;
  if (Q.valueNouns.has(a) || Q.valueNouns.has(b)) return false;
  return Q.vacuousAlone.has(a) || Q.vacuousHeads.has(a);
}

/**
 * Whether `raw` is one coordination of modifiers before a shared head ("illicit nuclear and
 * missile programs"): the thesaurus terms inside it are its modifiers, not topics that cut it.
 */
export function sharesHead(raw: string, known?: (phrase: string) => boolean): boolean {
  const words = reduce(withoutOwner(withoutOwnPronoun(raw.split(/\s+/).filter(Boolean))));
  return words !== undefined && distribute(words, known) !== undefined;
}

/**
 * "economic ties between the United States and Southeast Asia": a phrase too long for a topic
 * whose complement is nothing but names (the parties, in the clause's about already) keeps its
 * head phrase.
 */
function withoutNamedComplement(words: string[]): string[] {
  if (lengthOf(words) <= MAX_WORDS) return words;
  const prep = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  if (prep < 1) return words;
  const names = words.slice(prep + 1).filter((word) => !/^(?:the|and|of)$/.test(word));
  return names.length > 0 && names.every((word) => /^\p{Lu}/u.test(word))
    ? words.slice(0, prep)
    : words;
}

/**
 * Topic phrases (substrings of `raw`) that pass the floor. `known` says whether the thesaurus
 * has a phrase; `fragment` marks a chunk that was cut, whose single words are never topics.
 */
export function topicPhrases(raw: string, known: (phrase: string) => boolean): string[] {
  const input = raw
    .replace(/[.,;:!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  // "defense of our Republic of Korea and Japanese allies": the group's topic, when the
  // thesaurus knows it ("allies" alone as a complement would be cut as vacuous below).
  const allies = namedAllies(input).join(' ');
  if (allies !== input.join(' ') && known(allies)) return [allies];
  const words = reduce(withoutOwner(withoutOwnPronoun(ownerAsObject(eventOfWeapon(input, known)))));
  if (!words || towardParties(words)) return [];
  const out: string[] = [];
  for (const part of expand(words, known)) {
    const reduced = reduce(part);
    const kept =
      reduced && withoutAgent(withoutNamedComplement(knownObject(reduced, known)), known);
    if (kept && acceptable(kept, known)) out.push(kept.join(' '));
  }
  return out;
}
