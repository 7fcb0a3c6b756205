/**
 * The reduction step of the topic quality floor (quality.ts): from a noun phrase to the words it
 * is about. Cuts a possessive's owner, determiners and weak modifiers, the relational or vacuous
 * head before its complement ("implementation of the sanctions" → "sanctions") and a complement
 * of nothing but vacuous words. Word lists: data/rules/topic-quality.json.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { PREPOSITION } from './coordination';
import { scopePair } from './modifierPair';
import { DETERMINERS, namedObject, POSSESSIVE } from './namedObject';
import { keptFrom, vacuousComplement } from './qualityTests';

function dropWeakModifiers(words: string[]): string[] {
  if (scopePair(words)) return words;
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
  // … also as the first conjunct of a coordination ("bilateral cooperation and regional
  // security issues"), which is split into its phrases later.
  // Not where the conjuncts are modifiers of a shared head ("bilateral security and economic
  // cooperation": distributed later, the scope dropped).
  const and = rest.indexOf('and');
  const shared = Q.sharedHeads.has(rest[rest.length - 1]?.toLowerCase() ?? '');
  const first = and > 0 && !shared ? rest.slice(0, and) : rest;
  // "bilateral economic relationship", "multilateral development banks": heads whose scope is
  // part of the thing named keep it (scopeHeads).
  const head = first[first.length - 1]?.toLowerCase() ?? '';
  if (
    scope >= 0 &&
    (Q.scopeHeads.has(head) || first.every((word) => Q.vacuousAlone.has(word.toLowerCase())))
  )
    return [words[scope]!, ...rest];
  return rest;
}

function emptyToHead(word: string): boolean {
  const lower = word.toLowerCase();
  return Q.toHeads.has(lower) && Q.vacuousHeads.has(lower);
}

/** A quantifier standing for a noun ("of all", "for each"). */
const QUANTIFIER = /^(?:all|each|both)$/;

/** A demonstrative that points back at an antecedent (as in pointsBack.ts). */
const POINTING = /^(?:these|those|such)$/i;

/** The words a topic keeps, or undefined when none do. */
export function reduce(input: string[]): string[] | undefined {
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
  // "the war there", "union jobs here": an adverb pointing back at a place named earlier says
  // where, not what; the noun phrase before it is the topic (the gold ends no topic in one).
  if (words.length > 1 && Q.trailingProforms.has(words[words.length - 1]!.toLowerCase()))
    words = words.slice(0, -1);
  // "information on the challenges", "cooperation in the region": a complement of nothing but
  // vacuous words (vacuousComplements, vacuousHeads) says nothing; the head phrase before it stays.
  const prep = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  if (prep > 0) {
    const complement = words
      .slice(prep + 1)
      .filter((word) => !DETERMINERS.test(word) && !/^(?:and|or)$/.test(word));
    // "performance of all", "for each": a lone quantifier is a pronoun that names no party (a
    // cut article or possessive, "abandonment of its", stays a fragment).
    const pronoun = prep + 2 === words.length && QUANTIFIER.test(words[prep + 1]!);
    // "stationing of these capabilities": a complement that points back names what an earlier
    // clause named (pointsBack.ts); the head phrase before it is the new subject. Only a head
    // with a modifier: a bare one ("protection for these workers") would be left with nothing.
    const back = prep > 1 && POINTING.test(words[prep + 1] ?? '');
    if (pronoun || back || (complement.length > 0 && complement.every(vacuousComplement))) {
      // "return and resolution of the cases": two bare heads coordinated before an "of" were
      // what the complement is of; with the complement empty nothing is left to be about.
      if (prep === 3 && words[1] === 'and' && words[3] === 'of') return undefined;
      words = words.slice(0, prep);
    }
  }
  return words.length > 0 ? words : undefined;
}
