/**
 * Coordinations inside a topic phrase: modifiers before a shared head distributed ("nuclear and
 * ballistic missile programs" → two), two full phrases split ("legal obligations and political
 * commitments" → two). Used by the quality floor (quality.ts). Word lists: data/rules/.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { modifierOverPair } from './modifierOverPair';
import { modifierPair, noPlainModifier } from './modifierPair';
import { standsAlone, type WordTags } from './standalone';

export const PREPOSITION = /^(?:of|on|in|for|to|with|against|across|among|between|at|by)$/;

/**
 * "nuclear and ballistic missile programs", "WMD and ballistic missile programs": modifiers
 * coordinated before a head they share (sharedHeads) each name a thing of their own, so the head
 * is distributed ("nuclear programs", "ballistic missile programs"). The left modifier may hold
 * an "of" ("weapons of mass destruction"), as may the right one, never another preposition; "nuclear weapons and
 * missile programs" (a head on both sides) is two full phrases, left to `expand`.
 */
export function distribute(
  words: string[],
  known?: (phrase: string) => boolean,
  tagsOf?: WordTags,
): string[][] | undefined {
  const and = words.indexOf('and');
  if (and < 1 || words.indexOf('and', and + 1) >= 0) return undefined;
  const head = words[words.length - 1]!;
  const left = words.slice(0, and);
  const right = words.slice(and + 1);
  // "global and regional security challenges": a head vacuous alone is shared only with a
  // domain before it ("regional and global challenges" stays one stock phrase).
  const domainShared = Q.domainSharedHeads.has(head.toLowerCase()) && right.length >= 3;
  const both = bothKnown(left, right, known);
  if (
    !Q.sharedHeads.has(head.toLowerCase()) &&
    !domainShared &&
    !both &&
    !classifierPair(left, right, tagsOf)
  )
    return compoundHead(left, right, known, tagsOf);
  if (right.length < 2 || left.length > 4) return undefined;
  // "nuclear weapons and missile programs", "sanctions and export controls": a plural before
  // "and" is a head of its own (a modifying noun is singular: "missile programs"), unless the
  // thesaurus knows it before the head ("customs and trade facilitation": "customs facilitation").
  const last = left[left.length - 1]!.toLowerCase();
  if (Q.sharedHeads.has(last) || (/[^s]s$/.test(last) && !both)) return undefined;
  if (left.some((word) => word !== 'of' && PREPOSITION.test(word))) return undefined;
  if (right.some((word) => word !== 'of' && PREPOSITION.test(word))) return undefined;
  // "training and technical assistance": a noun of its own on the left shares nothing.
  if (standsAlone(left, known, tagsOf)) return undefined;
  return [[...left, ...(domainShared ? right.slice(1) : [head])], right];
}

/**
 * "steel and aluminum supply chains": two nouns coordinated before a two-word compound head the
 * thesaurus knows (which no one-word head list can name) each modify it, as the gold expands
 * coordinated modifiers ("steel supply chains", "aluminum supply chains"; "vaccine and
 * therapeutics production capacity" waits for the thesaurus to know "production capacity"). Only bare
 * nouns: a plural on the left heads a phrase of its own ("sanctions and export control
 * measures"; an -ics mass noun such as "therapeutics" is no plural), an adjective is left to
 * `classifierPair`, and a pair the thesaurus knows whole ("research and development") or a
 * vacuous head ("trade and investment issues") keeps the phrase whole.
 */
function compoundHead(
  left: string[],
  right: string[],
  known: ((phrase: string) => boolean) | undefined,
  tagsOf: WordTags | undefined,
): string[][] | undefined {
  if (!tagsOf || left.length !== 1 || right.length !== 3) return undefined;
  const [first, second] = [left[0]!, right[0]!];
  if (!bareNoun(first, tagsOf) || !bareNoun(second, tagsOf)) return undefined;
  const compound = right.slice(1);
  if (
    !compound.every(
      (word) => /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(word) && !PREPOSITION.test(word),
    )
  )
    return undefined;
  // The head a concept of its own ("production capacity", "supply chains"): otherwise the right
  // modifier may be two words ("energy and prescription drug costs", "trade and market access
  // barriers"), and the left one modifies only its first.
  if (!known?.(compound.join(' '))) return undefined;
  const head = right[right.length - 1]!.toLowerCase();
  if (Q.domainSharedHeads.has(head) || Q.vacuousHeads.has(head)) return undefined;
  if (known?.(`${first} and ${second}`) || known?.([first, 'and', ...right].join(' ')))
    return undefined;
  return [[first, ...right.slice(1)], right];
}

/** A lowercase singular (or -ics mass) noun the tagger reads as a noun only. */
function bareNoun(word: string, tagsOf: WordTags): boolean {
  if (!/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(word) || (/[^s]s$/.test(word) && !/ics$/.test(word)))
    return false;
  const tags = tagsOf(word);
  if (!tags?.has('Noun') || ['Adjective', 'Verb', 'Gerund'].some((tag) => tags.has(tag)))
    return false;
  return !Q.weakModifiers.has(word) && !Q.attributeAdjectives.has(word);
}

/**
 * "solar and geothermal energy", "technical and scientific exchange", "emerging and developing
 * economies": an adjective coordinated with another modifier says what kind of thing the head is,
 * and each names a kind of its own, whatever the head. Not a quality of one thing ("peaceful and
 * stable region", "green and sustainable infrastructure": attributeAdjectives, weakModifiers),
 * nor a head said of a domain ("regional and global issues": domainSharedHeads, but for the kinds
 * of kindSharedHeads: "regional and global challenges" → two, the s31 ruling) or an ideal
 * ("domestic and global prosperity": valueNouns). A noun on the left is as often a phrase of its
 * own ("pandemic and climate change", "research and technology development"), so only an
 * adjective opens such a pair.
 */
function classifierPair(left: string[], right: string[], tagsOf: WordTags | undefined): boolean {
  if (!tagsOf || left.length !== 1 || right.length !== 2) return false;
  const head = right[1]!.toLowerCase();
  // "regional and global challenges": a head vacuous alone that kinds share (kindSharedHeads).
  if ((Q.domainSharedHeads.has(head) && !Q.kindSharedHeads.has(head)) || Q.valueNouns.has(head))
    return false;
  const tags = tagsOf(left[0]!);
  // "the COVID-19 pandemic and climate change": a noun the tagger reads as an adjective.
  if (!tags?.has('Adjective') || tags.has('Noun') || NOUNS_LIKE_ADJECTIVES.test(left[0]!))
    return false;
  return classifier(left[0]!, tagsOf) && classifier(right[0]!, tagsOf);
}

function classifier(word: string, tagsOf: WordTags): boolean {
  if (!/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*[a-zß-öø-ɏḀ-ỿ]$/.test(word) || noPlainModifier(word))
    return false;
  const tags = tagsOf(word);
  if (!tags || ['Verb', 'Adverb', 'Determiner', 'Pronoun'].some((tag) => tags.has(tag)))
    return false;
  return tags.has('Adjective') || tags.has('Noun');
}

/**
 * "economic and energy security": a head no list shares ("European and transatlantic security"
 * is one region's security) is still distributed when the thesaurus knows both results and not
 * the whole: two concepts a domain expert keeps apart.
 */
function bothKnown(
  left: string[],
  right: string[],
  known: ((phrase: string) => boolean) | undefined,
): boolean {
  if (!known || left.length !== 1 || right.length !== 2) return false;
  const whole = [...left, 'and', ...right].join(' ');
  return !known(whole) && known(`${left[0]} ${right[1]}`) && known(right.join(' '));
}

/**
 * "aviation safety and security": a sector word (sectorWords) before two coordinated aspects
 * (aspectHeads) names each aspect of the sector, unless the thesaurus knows the whole ("nuclear
 * safety and security"). A modifier that is no sector ("regional security and stability") leaves
 * the phrase to the other rules.
 */
function sectorAspects(
  words: string[],
  known: (phrase: string) => boolean,
): string[][] | undefined {
  if (words.length !== 4 || words[2] !== 'and') return undefined;
  const [sector, first, , second] = words.map((word) => word.toLowerCase());
  if (!Q.sectorWords.has(sector!) || !Q.aspectHeads.has(first!) || !Q.aspectHeads.has(second!))
    return undefined;
  if (first === second || known(words.join(' '))) return undefined;
  return [words.slice(0, 2), [words[0]!, words[3]!]];
}

/**
 * "A B and C D" with two full phrases: both, separately; "A and B H" distributes H. `known` says
 * whether the thesaurus has a phrase: "war crimes and atrocities", two concepts, is two topics
 * though one side is a single word; a coordination it knows whole ("peace and stability") stays.
 */
export function expand(
  words: string[],
  known: (phrase: string) => boolean,
  tagsOf?: WordTags,
): string[][] {
  const shared = distribute(words, known, tagsOf);
  if (shared) return shared;
  const framed = frameOverCoordination(words, known, tagsOf);
  if (framed) return framed;
  const and = words.indexOf('and');
  // "deterrence and response capabilities", "requirements and technical assistance": a noun of
  // its own or a plural (a head, as in `distribute`) on the left, and the right phrase, each alone.
  if (
    and === 1 &&
    words.length >= 4 &&
    Q.sharedHeads.has(words[words.length - 1]!.toLowerCase()) &&
    (standsAlone(words.slice(0, 1), known, tagsOf) || /^[a-zß-öø-ɏḀ-ỿ]+[^s]s$/.test(words[0]!))
  )
    return [words.slice(0, 1), words.slice(2)];
  const aspects = sectorAspects(words, known);
  if (aspects) return aspects;
  if (and > 0 && words.indexOf('and', and + 1) < 0 && !known(words.join(' '))) {
    const sides = [words.slice(0, and), words.slice(and + 1)];
    if (sides.every((side) => known(side.join(' ')))) return sides;
  }
  // "energy and other commodities", "tools and other equipment": "and other" closes a list with
  // its kind; each side stands alone (a single word only when the thesaurus knows it).
  if (and > 0 && words[and + 1] === 'other' && !words.some((word) => PREPOSITION.test(word)))
    return [words.slice(0, and), words.slice(and + 2)].filter((part) => part.length > 0);
  // "Vagner and others": "and others" only says the list goes on; the item stands alone.
  if (and > 0 && words.length === and + 2 && words[and + 1] === 'others')
    return [words.slice(0, and)];
  // "commitment to safe and effective vaccines": "and" inside a complement joins its words only.
  const complement = words.findIndex((word) => /^(?:of|between|to)$/.test(word));
  const pair = modifierPair(words, known, tagsOf);
  if (pair) return pair;
  const over = modifierOverPair(words, known, tagsOf);
  if (over) return over;
  if (and < 2 || words.length - and - 1 < 2 || complement >= 0) return [words];
  const left = words.slice(0, and);
  const right = words.slice(and + 1);
  // "transparent epidemiological and viral genomic sequence data": a left half that ends in an
  // adjective is no phrase of its own; it shares the right half's head.
  // "new collaborations in green and sustainable infrastructure projects": so does one the
  // tagger reads as an adjective only, whatever its ending.
  const last = left[left.length - 1]!;
  const tags = tagsOf?.(last);
  const adjective = tags?.has('Adjective') === true && !tags.has('Noun') && !tags.has('Verb');
  if ((ADJECTIVE_ENDING.test(last) || adjective) && !NOUNS_LIKE_ADJECTIVES.test(last))
    return [[...left, right[right.length - 1]!], right];
  return [left, right];
}

/**
 * "support for economic and social development", "full respect for legal and diplomatic
 * processes": a head and preposition before modifiers coordinated before one head frame it. The
 * coordination is distributed inside the complement, as it would be alone, and each part stands
 * without the frame, as the right conjunct always did; otherwise the left conjunct kept the frame
 * and lost the head ("support for economic" → no topic, "investment in clean" → a fragment).
 * Two full phrases after "of" are handled below.
 */
function frameOverCoordination(
  words: string[],
  known: (phrase: string) => boolean,
  tagsOf: WordTags | undefined,
): string[][] | undefined {
  const and = words.indexOf('and');
  const prep = words.findIndex((word, i) => i > 0 && i < and && FRAME_PREPOSITION.test(word));
  if (prep < 1 || prep + 1 >= and) return undefined;
  if (words.slice(prep + 1).some((word) => PREPOSITION.test(word))) return undefined;
  const parts = expand(words.slice(prep + 1), known, tagsOf);
  if (parts.length < 2) return undefined;
  // A head distributed over the modifiers: the parts alone.
  const head = words[words.length - 1];
  if (parts.every((part) => part[part.length - 1] === head)) return parts;
  // "diversion of precursor chemicals and pill presses": two full phrases after "of" each
  // take the frame, as the gold expands coordinated complements, or stand alone when its head
  // says nothing ("implementation of …"). After "in", "on", … ("visits in both directions and
  // ongoing consultations") "and" as often joins two phrases of the clause.
  // Each a phrase with a head of its own: a plural closes the left ("certain cheese and meat
  // terms" shares "terms"), and a lone word on the right is as often a modifier's noun.
  const [left, right] = parts;
  if (words[prep] !== 'of' || parts.length !== 2 || right!.length < 2) return undefined;
  if (!/^[a-zß-öø-ɏḀ-ỿ-]+[^sui]s$/.test(left![left!.length - 1]!)) return undefined;
  const frame = words.slice(0, prep + 1);
  const empty = frame.length === 2 && Q.relationalHeads.has(frame[0]!.toLowerCase());
  return parts.map((part) => (empty ? part : [...frame, ...part]));
}

const FRAME_PREPOSITION = /^(?:for|in|on|to|of)$/;

/** Endings few nouns share ("epidemiological", "economic", "dangerous", "international"). */
const ADJECTIVE_ENDING = /^[a-zß-öø-ɏḀ-ỿ]+(?:ical|ic|ous|ful|less|ible|able|tional|ntal|lateral)$/;
/** The nouns that do. */
const NOUNS_LIKE_ADJECTIVES =
  /^(?:public|traffic|topic|logic|clinic|republic|music|critic|epidemic|pandemic|table|cable|rental)$/;
