/**
 * The quality floor of a derived topic: from a raw noun phrase to the topic phrases worth a node,
 * or none. Never a fragment (cut at a possessive, a title, a dangling word), never a vacuous
 * head ("concrete steps", "cooperation" alone), the complement of a relational head
 * ("implementation of the sanctions" → "sanctions"), coordinations of two full phrases expanded
 * ("legal obligations and political commitments" → two topics). Word lists: data/rules/.
 * The reduction of a phrase to what it is about is reduce.ts; this file judges what is left.
 */

import { TITLE_WORDS } from '../rules/titles';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { agentHeaded, withoutAgent } from './agents';
import { barePair } from './barePair';
import { distribute, expand, PREPOSITION } from './coordination';
import { endsAtAdjective } from './cutAdjective';
import { listNoun } from './listItem';
import {
  eventOfWeapon,
  isPairRelation,
  namedAllies,
  namedObject,
  ownerAsObject,
  towardParties,
} from './namedObject';
import { ownedConcept } from './ownedConcept';
import { withoutOwner, withoutOwnPronoun } from './ownerTrims';
import { knownObject, namedKind, vacuousContent } from './qualityTests';
import { reduce } from './reduce';
import type { WordTags } from './standalone';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const WORDS_ONLY = /^[\p{L}\p{N}][\p{L}\p{N}’'\-\s/]*$/u;
const INNER_INITIALS = /(?<=\s)(?:\p{Lu}\.){2,}(?=\s+\p{Ll})/gu;

/** Longest a topic may be, in words: longer chunks are clauses, not concepts. */
const MAX_WORDS = 6;
/** A lowercase plural noun ("frameworks", "policies"), not a mass noun in -ss, -us or -is. */
const PLURAL = /^[a-zß-öø-ɏḀ-ỿ]+[^sui]s$/;

/**
 * Length in words, a name counting as one: "unlawful maritime claims in the South China Sea" is
 * as long as "unlawful maritime claims in the Pacific".
 */
function lengthOf(words: string[]): number {
  return words.filter(
    (word, i) =>
      !(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(word) && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(words[i - 1] ?? '')),
  ).length;
}

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
  if (!WORDS_ONLY.test(phrase.replace(INNER_INITIALS, 'X'))) return false;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  const named = namedObject(words);
  // "support for Ukraine": a head with a named object is a noun here, not a verb or idiom.
  // "response capacities": a noun-only frame word before a noun modifies it; before its idiom's
  // preposition ("response to") it opens an idiom. With a complement ("response teams for the
  // Pacific Islands") the phrase stays rejected, so the shorter candidate without it stands.
  const modifies =
    Q.modifierFrameWords.has(first) &&
    words.length > 1 &&
    !words.some((word) => PREPOSITION.test(word));
  if (!named && ((Q.frameWords.has(first) && !modifies) || Q.leadingFragments.has(first)))
    return false;
  if (Q.danglingWords.has(last) || Q.vacuousHeads.has(last)) return false;
  // Who acts or is addressed is no topic (agents.ts; withoutAgent kept the domain of "maritime
  // law enforcement agencies").
  if (agentHeaded(words)) return false;
  // "security of our citizens", "peace and stability in the Indo-Pacific": a vacuous head
  // whose complement names a place or party, not a subject.
  // "cases of American citizens": a vacuous head's complement is what the phrase is about, and
  // relational heads were already cut in reduce() (reduce.ts); what is left is no topic.
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
    /^[a-zß-öø-ɏḀ-ỿ]/.test(words[0]!) &&
    /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(words[words.length - 1]!) &&
    /^(?:a|an|the)$/.test(words[words.length - 2] ?? '') &&
    !named
  )
    return false;
  for (const opening of VACUOUS_OPENINGS) {
    if (!lower.startsWith(opening)) continue;
    // "people of Sudan": a head vacuous alone ("people") that namedObject admits with its named
    // object is a subject of its own (gold CONVENTIONS 3.7: "the people of Haiti").
    if (named && opening === `${first} `) continue;
    if (PREPOSITION.test(lower.slice(opening.length).split(' ')[0]!)) return false;
  }
  if (words.some((word) => TITLE_WORDS.has(word))) return false;
  // A pronoun inside ("leverage our industrial bases") marks a clause, not a noun phrase.
  if (words.some((word) => /^(?:our|their|we|they|us|them|it)$/i.test(word))) return false;
  if (named) return true;
  // A suspended hyphen ("stability- and growth") or a nationality or religion adjective after a
  // lowercase start that is not a name the finders typed ("purchase of Australian", "custodian
  // of Muslim") is a cut phrase.
  if (words.some((word) => word.endsWith('-'))) return false;
  if (endsAtAdjective(words)) return false;
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
  if (content.every((word) => /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(word))) return false;
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
export function sharesHead(
  raw: string,
  known?: (phrase: string) => boolean,
  tagsOf?: WordTags,
): boolean {
  const words = reduce(withoutOwner(withoutOwnPronoun(raw.split(/\s+/).filter(Boolean))));
  return words !== undefined && distribute(words, known, tagsOf) !== undefined;
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
 * has a phrase; `fragment` marks a chunk that was cut, whose single words are never topics. `listItem`
 * says the chunk is a conjunct of a list, where a bare noun may stand (listItem.ts). `tagsOf` gives the
 * tagger's tags of the phrase's words, where it was read from a sentence (standalone.ts).
 */
export function topicPhrases(
  raw: string,
  known: (phrase: string) => boolean,
  tagsOf?: WordTags,
  listItem = false,
): string[] {
  const input = raw
    .replace(/[.,;:!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  // "defense of our Republic of Korea and Japanese allies": the group's topic, when the
  // thesaurus knows it ("allies" alone as a complement would be cut as vacuous below).
  const allies = namedAllies(input).join(' ');
  if (allies !== input.join(' ') && known(allies)) return [allies];
  const owned = ownedConcept(input, known);
  if (owned) return [owned];
  const words = reduce(withoutOwner(withoutOwnPronoun(ownerAsObject(eventOfWeapon(input, known)))));
  if (!words || towardParties(words)) return [];
  const out: string[] = [];
  // A bare pair's conjuncts stand alone as a list's items do (barePair.ts).
  const pair = barePair(words, known, tagsOf);
  const listed = listItem || pair !== undefined;
  for (const part of pair ?? expand(words, known, tagsOf)) {
    const reduced = reduce(part);
    const kept =
      reduced && withoutAgent(withoutNamedComplement(knownObject(reduced, known)), known);
    if (!kept) continue;
    if (acceptable(kept, known)) out.push(kept.join(' '));
    else if (listed && kept.length === 1 && listNoun(kept[0]!, tagsOf)) out.push(kept[0]!);
    else {
      // "economic issues in the Indo-Pacific": where a phrase ends in a place the head phrase
      // is the topic (the place is in the clause's about already).
      const head = withoutPlace(kept);
      if (head && acceptable(head, known)) out.push(head.join(' '));
    }
  }
  return out;
}

/**
 * "economic issues in the Indo-Pacific", "security challenges across the Pacific": the head
 * phrase before "in"/"across" and a complement of nothing but capitalised names, or undefined.
 */
function withoutPlace(words: string[]): string[] | undefined {
  const prep = words.findIndex((word, i) => i > 1 && /^(?:in|across|throughout)$/.test(word));
  if (prep < 2) return undefined;
  const names = words.slice(prep + 1).filter((word) => !/^(?:the|and|of)$/.test(word));
  const head = words.slice(0, prep);
  // "peace and stability in the Indo-Pacific": a head of words vacuous alone says nothing.
  const says = head.some((word) => word !== 'and' && !Q.vacuousAlone.has(word.toLowerCase()));
  return says && names.length > 0 && names.every((word) => /^\p{Lu}/u.test(word))
    ? head
    : undefined;
}
