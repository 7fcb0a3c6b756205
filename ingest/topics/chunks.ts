/**
 * Noun-phrase chunking over compromise's tags: runs of nouns and adjectives ("X and Y" inside),
 * participles inside a phrase, plural nouns the tagger read as verbs, and at most one
 * prepositional complement ("policy coordination on North Korea"; "to" only after a noun that
 * takes it, data/rules/topic-quality.json `toHeads`).
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import {
  acronymModifier,
  endsClause,
  ingOpener,
  introducesRole,
  isAttributive,
  isCore,
  isNounAfterTo,
  POSSESSIVE_PRONOUN,
  PREPOSITIONS,
  takesObject,
} from './chunkTerms';
import { isCoordinatedParticiple } from './coordinatedParticiple';
import { inCoreHyphenWord } from './hyphenWord';
import { sourceLink } from './namedObject';
import { isCompoundGerund, isPluralNounTaggedVerb } from './nounReadings';
import { cutBeforeOf } from './ofFragment';

type Term = TaggedTerm;

const FRAME_WORDS = TOPIC_QUALITY.frameWords;
const TO_HEADS = TOPIC_QUALITY.toHeads;

/**
 * Whether the term at `k` is a core word of a phrase ending before `to`. This and `run` and
 * `complement` are module functions taking the terms and the bound, not closures `chunks` built
 * on every call (several per sentence).
 */
function core(terms: Term[], to: number, k: number): boolean {
  const t = terms[k];
  return (
    t !== undefined &&
    t.end <= to &&
    !introducesRole(terms, k) &&
    (isCore(t) ||
      inCoreHyphenWord(terms, k) ||
      isPluralNounTaggedVerb(terms, k) ||
      isAttributive(terms, k) ||
      isCoordinatedParticiple(terms, k) ||
      isCompoundGerund(terms, k))
  );
}

/** Index after a run of core terms from `k` (and "X and Y" inside it). */
function run(terms: Term[], to: number, k: number): number {
  let j = k;
  let joined = false;
  while (core(terms, to, j)) {
    if (endsClause(terms[j]!) && !acronymModifier(terms, j)) return j + 1;
    j++;
    // "nuclear and ballistic missile programs and coercive behavior": a shared head
    // (sharedHeads) closes the coordination of its modifiers; a second "and" after it starts a
    // phrase of its own, or the head could not be distributed.
    if (joined && TOPIC_QUALITY.sharedHeads.has(terms[j - 1]!.text.toLowerCase())) return j;
    if (
      terms[j]?.text === 'and' &&
      core(terms, to, j + 1) &&
      !ingOpener(terms, j + 1) &&
      !terms[j + 1]!.tags.has('Verb') &&
      !takesObject(terms, j + 1) &&
      !endsClause(terms[j]!)
    ) {
      j++;
      joined = true;
    }
  }
  return j;
}

/**
 * Index after the complement of the phrase ending before `end` ("… of X"), or `end` when none
 * follows; -1 when an idiom follows ("in accordance with").
 * "support to Ukraine", "changes to its constitution": "to" opens a complement only after a
 * noun that takes one (toHeads); elsewhere it starts a verb or a phrase of its own.
 */
function complement(terms: Term[], to: number, end: number, only?: string): number {
  const last = terms[end - 1]!;
  const prep = terms[end];
  const prepWord = prep?.text.toLowerCase() ?? '';
  const takesTo = prepWord === 'to' && TO_HEADS.has(last.text.toLowerCase());
  // "threats from Iran", "attacks by Iran-backed militias": "from"/"by" open a complement only
  // after a head that names its source so (namedObject.ts); elsewhere they start a phrase.
  // The source must be named ("threats from any state" says nothing of whose).
  const named = terms[end + 1]?.tags.has('Determiner') ? terms[end + 2] : terms[end + 1];
  const takesSource =
    sourceLink(last.text.toLowerCase(), prepWord) && /^\p{Lu}/u.test(named?.text ?? '');
  // "the threats posed by the DPRK": the source of a threat is its complement.
  if (
    prep &&
    prepWord === 'posed' &&
    terms[end + 1]?.text === 'by' &&
    only === undefined &&
    !endsClause(last) &&
    !endsClause(prep) &&
    TOPIC_QUALITY.posedByHeads.has(last.text.toLowerCase())
  ) {
    const k = terms[end + 2]?.tags.has('Determiner') ? end + 3 : end + 2;
    const after = run(terms, to, k);
    // "posed by the DPRK’s growing missile programs": the owner is the source; what it owns is
    // a phrase of its own ("People’s Republic" runs on: a capital follows inside the name).
    const owner = terms
      .slice(k, after)
      .findIndex(
        (term, i) => /[’']s$/.test(term.text) && !/^\p{Lu}/u.test(terms[k + i + 1]?.text ?? ''),
      );
    if (owner >= 0) return k + owner + 1;
    return after > k ? after : end;
  }
  if (endsClause(last) || !prep || !(PREPOSITIONS.has(prepWord) || takesTo || takesSource))
    return end;
  if (only !== undefined && prepWord !== only) return end;
  let k = end + 1;
  // "the defense of its Indo-Pacific allies", "changes to their constitution": after a head that
  // names a subject with its object (namedObjectHeads, toHeads) a possessive pronoun opens the
  // complement as an article would (the name leaves it out, quality.ts). After any other head
  // it starts a phrase of its own ("development of its ballistic missile … programs").
  const owned =
    POSSESSIVE_PRONOUN.test(terms[k]?.text ?? '') &&
    (takesTo || TOPIC_QUALITY.namedObjectHeads.has(last.text.toLowerCase()));
  if (terms[k]?.tags.has('Determiner') || owned) k++;
  // "cooperation in support of Ukraine": the party a relation serves, named after "in support
  // of", is its object as after "of" ("defense of Japan").
  if (
    prepWord === 'in' &&
    terms[k]?.text === 'support' &&
    terms[k + 1]?.text === 'of' &&
    TOPIC_QUALITY.namedObjectHeads.has(last.text.toLowerCase())
  ) {
    const from = terms[k + 2]?.tags.has('Determiner') ? k + 3 : k + 2;
    const named = run(terms, to, from);
    if (named > from && /^\p{Lu}/u.test(terms[from]!.text)) return named;
  }
  // "in accordance with", "in light of": an idiom follows, not the phrase's complement.
  if (FRAME_WORDS.has(terms[k]?.text.toLowerCase() ?? '')) return -1;
  // "the strength of building diverse coalitions": a verb taking its object opens no complement;
  // its object is a phrase of its own.
  if (ingOpener(terms, k)) return end;
  let after = run(terms, to, k);
  // "cooperation between Russia and the DPRK": "between" takes both parties.
  if (after > k && prepWord === 'between' && terms[after]?.text === 'and') {
    const second = terms[after + 1]?.tags.has('Determiner') ? after + 2 : after + 1;
    const both = run(terms, to, second);
    if (both > second) after = both;
  }
  if (after <= k) return end;
  // "the threat of use of nuclear weapons": an action noun alone as the complement (ofChainHeads)
  // takes an "of" complement of its own; "the threat of use" would be a fragment.
  if (
    prepWord === 'of' &&
    only === undefined &&
    after === k + 1 &&
    TOPIC_QUALITY.ofChainHeads.has(terms[k]!.text.toLowerCase())
  )
    return Math.max(complement(terms, to, after, 'of'), after);
  // "the importance of immediate return and resolution of the cases": coordinated heads in
  // the complement share the "of" after them, which says what they are of; without it the
  // phrase would be two bare actions ("return and resolution") with nothing to be about.
  if (
    prepWord === 'of' &&
    only === undefined &&
    terms.slice(k, after).some((term) => term.text === 'and') &&
    terms[after]?.text === 'of'
  )
    return Math.max(complement(terms, to, after, 'of'), after);
  if (!takesTo) return after;
  // "access to quality, affordable health care": one word cut at a comma before an adjective is
  // the first of the modifiers of a noun further on; "access to quality" would be a fragment.
  const next = terms[after];
  if (
    after === k + 1 &&
    /,/.test(terms[k]!.post) &&
    next?.tags.has('Adjective') &&
    !next.tags.has('Noun')
  )
    return end;
  // "commitment to safe, affordable … vaccines": cut at an adjective, no complement.
  const tail = terms[after - 1]!;
  if (isNounAfterTo(terms, after - 1)) return after;
  if (!tail.tags.has('Noun') || tail.tags.has('Adjective')) return end;
  // "commitment to a conditions-based transition of wartime operational control".
  const of = complement(terms, to, after, 'of');
  return Math.max(of, after);
}

/** Whether the run [from, head) has adjectives and no noun, and a preposition follows it. */
function adjectivesOnly(terms: Term[], from: number, head: number): boolean {
  if (!PREPOSITIONS.has(terms[head]?.text.toLowerCase() ?? '')) return false;
  for (let k = from; k < head; k++) {
    const tags = terms[k]!.tags;
    if (terms[k]!.text === 'and') continue;
    // "planning for a leader-level call": a gerund the tagger read as an adjective heads a phrase.
    if (!tags.has('Adjective') || tags.has('Noun') || /ing$/.test(terms[k]!.text)) return false;
  }
  return true;
}

/** Noun-phrase chunks starting at or after `from` and ending before `to` (sentence-relative). */
export function chunks(terms: Term[], from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = terms.findIndex((t) => t.start >= from);
  if (i < 0) return out;
  while (i < terms.length && terms[i]!.start < to) {
    if (!core(terms, to, i) || ingOpener(terms, i)) {
      i++;
      continue;
    }
    const head = run(terms, to, i);
    // "the challenges most salient for the global community", "incompatible with the trading
    // system": adjectives with no noun are a predicate, whose preposition belongs to the
    // adjective; no phrase heads them ("salient for …" would be a fragment).
    if (adjectivesOnly(terms, i, head)) {
      i = head;
      continue;
    }
    const end = complement(terms, to, head);
    if (end < 0) {
      out.push({ start: terms[i]!.start, end: terms[head - 1]!.end });
      i = head;
      continue;
    }
    // "service members in defense of our freedom", "an equitable solution on the allocation of
    // taxing rights": a complement whose noun an "of" follows was cut mid-phrase ("service
    // members in defense"); the head phrase stands alone, and what follows is read as before.
    const cut = end > head && cutBeforeOf(terms, head, end);
    out.push({ start: terms[i]!.start, end: terms[(cut ? head : end) - 1]!.end });
    i = end;
  }
  return out;
}
