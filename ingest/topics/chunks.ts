/**
 * Noun-phrase chunking over compromise's tags: runs of nouns and adjectives ("X and Y" inside),
 * participles inside a phrase, plural nouns the tagger read as verbs, and at most one
 * prepositional complement ("policy coordination on North Korea"; "to" only after a noun that
 * takes it, data/rules/topic-quality.json `toHeads`).
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { cutBeforeOf } from './ofFragment';

type Term = TaggedTerm;

const FRAME_WORDS = TOPIC_QUALITY.frameWords;
const TO_HEADS = TOPIC_QUALITY.toHeads;

const PREPOSITIONS = new Set([
  'of',
  'on',
  'in',
  'for',
  'between',
  'across',
  'among',
  'against',
  'with',
]);

/** The last word of "such as", "including": a list item follows. */
const LIST_OPENER = /^(?:as|including)$/i;

const POSSESSIVE_PRONOUN = /^(?:its|their|our|his|her|my|your)$/i;

function isCore(term: Term): boolean {
  const { tags } = term;
  // "the U.S.-ROK relationship following the visit": a preposition the tagger read as a noun.
  if (TOPIC_QUALITY.phrasePrepositions.has(term.text.toLowerCase())) return false;
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition')) return false;
  // "Ukraine and its fight for freedom": a possessive pronoun opens a phrase of its own.
  if (POSSESSIVE_PRONOUN.test(term.text)) return false;
  if (tags.has('Conjunction') || tags.has('Adverb') || tags.has('Value') || tags.has('Date'))
    return false;
  if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective')) return false;
  return tags.has('Noun') || tags.has('Adjective');
}

/**
 * A plural noun the tagger read as a verb ("the unlawful arms transfers", "new flagship projects
 * between"): an -s form right after an adjective, or after a noun an adjective or "X and" opens, and not
 * followed by what a verb takes (a determiner, adverb or adjective).
 */
export function isPluralNounTaggedVerb(terms: Term[], k: number): boolean {
  const term = terms[k]!;
  if (
    !term.tags.has('PresentTense') ||
    !/[a-z]s$/.test(term.text) ||
    /^(?:is|has|was|does)$/.test(term.text)
  )
    return false;
  const prev = terms[k - 1];
  if (!prev || endsClause(prev) || !isCore(prev)) return false;
  const adjective = (t: Term | undefined) => t?.tags.has('Adjective') && !t.tags.has('Verb');
  // "nuclear and missile tests": after "X and Y" an -s verb would not agree; it is the head.
  const coordinated =
    terms[k - 2]?.text === 'and' && terms[k - 3] !== undefined && isCore(terms[k - 3]!);
  const next = terms[k + 1];
  // "develop carbon markets", "integrity of carbon markets": a lowercase noun that is a verb's
  // object or an "of" complement is no subject; the -s word after it is its head. Not before
  // "to", where it is a verb more often ("ensure energy flows to Europe").
  const opened =
    /^[a-z]+$/.test(prev.text) &&
    !prev.tags.has('Adjective') &&
    (terms[k - 2]?.tags.has('Infinitive') || terms[k - 2]?.text === 'of') &&
    !endsClause(terms[k - 2]!) &&
    next?.text !== 'to';
  if (
    !adjective(prev) &&
    !(
      prev.tags.has('Noun') &&
      (adjective(terms[k - 2]) || terms[k - 2]?.tags.has('Value') || coordinated || opened)
    )
  )
    return false;
  // "the international community expects China to …": a name or pronoun after it is its object.
  return (
    !next ||
    endsClause(term) ||
    !['Determiner', 'Adverb', 'Adjective', 'Verb', 'ProperNoun', 'Pronoun'].some((tag) =>
      next.tags.has(tag),
    )
  );
}

/**
 * "access to justice": the tagger reads a lone noun after "to" as an adjective ("to justice" as
 * "to blame"). After a noun that takes "to" (toHeads), one adjective-only word that closes the
 * phrase (a preposition or the sentence's end after it, not a comma: "commitment to safe,
 * affordable … vaccines") is the complement's noun.
 */
export function isNounAfterTo(terms: Term[], k: number): boolean {
  const term = terms[k]!;
  if (!term.tags.has('Adjective') || term.tags.has('Noun') || term.tags.has('Verb')) return false;
  if (terms[k - 1]?.text !== 'to' || !TO_HEADS.has(terms[k - 2]?.text.toLowerCase() ?? ''))
    return false;
  if (!/^[a-z]+$/.test(term.text) || /,/.test(term.post)) return false;
  // "access to all of Ukraine's …": a quantifier, no noun.
  if (TOPIC_QUALITY.weakModifiers.has(term.text)) return false;
  const next = terms[k + 1];
  return !next || /[.;]/.test(term.post) || next.tags.has('Preposition');
}

/**
 * A participle inside a noun phrase ("a durable negotiated settlement", "the proposed work plan",
 * the "-based" of "rules-based maritime order"): an -ed form after a determiner, adjective or
 * complement's preposition, or
 * the second half of a hyphenated word, with a noun or adjective after it.
 */
function isAttributive(terms: Term[], k: number): boolean {
  const term = terms[k]!;
  if (!term.tags.has('Verb') || term.tags.has('Noun') || term.tags.has('Adjective')) return false;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  if (!prev || !next || endsClause(term) || next.tags.has('Verb')) return false;
  if (!next.tags.has('Noun') && !next.tags.has('Adjective')) return false;
  if (term.tags.has('Hyphenated') && prev.post === '-') return isCore(prev);
  // "the release of treated water": after a preposition that opens a complement, too.
  // "areas such as advanced technology": after a list opener, too.
  const opens =
    (prev.tags.has('Preposition') && PREPOSITIONS.has(prev.text.toLowerCase())) ||
    LIST_OPENER.test(prev.text);
  return (
    /[a-z]ed$/.test(term.text) &&
    !endsClause(prev) &&
    (prev.tags.has('Determiner') || opens || (prev.tags.has('Adjective') && !prev.tags.has('Verb')))
  );
}

/**
 * "its diplomatic role serving as the protecting power", "acting as a mediator": an -ing form
 * before "as" starts a participial clause about a role, not a noun of the phrase before it.
 */
function introducesRole(terms: Term[], k: number): boolean {
  return /^[a-z]+ing$/.test(terms[k]!.text) && terms[k + 1]?.text.toLowerCase() === 'as';
}

/** An article, demonstrative or possessive pronoun: what opens a verb's object. */
const OBJECT_OPENER = /^(?:the|a|an|its|their|our|his|her|this|these|those)$/i;

/**
 * "degrade Russia's sources of revenue and impede its efforts": a word after "and" that an
 * article or possessive follows is a verb taking its object (the tagger read "impede" as a
 * noun); a noun of the phrase is followed by another noun, a preposition or punctuation.
 */
function takesObject(terms: Term[], k: number): boolean {
  const term = terms[k];
  const next = terms[k + 1];
  return (
    term !== undefined && next !== undefined && !endsClause(term) && OBJECT_OPENER.test(next.text)
  );
}

/**
 * "World Trade Organization (WTO) reform": a bracketed acronym before a lowercase noun modifies it
 * as the name would; the bracket does not end the phrase.
 */
function acronymModifier(terms: Term[], k: number): boolean {
  const next = terms[k + 1];
  // "Korea's (DPRK) nuclear … programs": after a possessive the acronym names the owner.
  if (/[’']s$/.test(terms[k - 1]?.text ?? '') || /[’']s/.test(terms[k - 1]?.post ?? ''))
    return false;
  return (
    /^\)\s+$/.test(terms[k]!.post) &&
    /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(terms[k]!.text) &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    next.tags.has('Noun') &&
    !next.tags.has('Adjective')
  );
}

function endsClause(term: Term): boolean {
  return /[,;:.!?)(]/.test(term.post);
}

/** Noun-phrase chunks starting at or after `from` and ending before `to` (sentence-relative). */
export function chunks(terms: Term[], from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = terms.findIndex((t) => t.start >= from);
  if (i < 0) return out;
  const core = (k: number) => {
    const t = terms[k];
    return (
      t !== undefined &&
      t.end <= to &&
      !introducesRole(terms, k) &&
      (isCore(t) || isPluralNounTaggedVerb(terms, k) || isAttributive(terms, k))
    );
  };
  const run = (k: number): number => {
    // Index after a run of core terms (and "X and Y" inside it).
    let j = k;
    let joined = false;
    while (core(j)) {
      if (endsClause(terms[j]!) && !acronymModifier(terms, j)) return j + 1;
      j++;
      // "nuclear and ballistic missile programs and coercive behavior": a shared head
      // (sharedHeads) closes the coordination of its modifiers; a second "and" after it starts a
      // phrase of its own, or the head could not be distributed.
      if (joined && TOPIC_QUALITY.sharedHeads.has(terms[j - 1]!.text.toLowerCase())) return j;
      if (
        terms[j]?.text === 'and' &&
        core(j + 1) &&
        !terms[j + 1]!.tags.has('Verb') &&
        !takesObject(terms, j + 1) &&
        !endsClause(terms[j]!)
      ) {
        j++;
        joined = true;
      }
    }
    return j;
  };
  /**
   * Index after the complement of the phrase ending before `end` ("… of X"), or `end` when none
   * follows; -1 when an idiom follows ("in accordance with").
   * "support to Ukraine", "changes to its constitution": "to" opens a complement only after a
   * noun that takes one (toHeads); elsewhere it starts a verb or a phrase of its own.
   */
  const complement = (end: number, only?: string): number => {
    const last = terms[end - 1]!;
    const prep = terms[end];
    const prepWord = prep?.text.toLowerCase() ?? '';
    const takesTo = prepWord === 'to' && TO_HEADS.has(last.text.toLowerCase());
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
      const after = run(k);
      return after > k ? after : end;
    }
    if (endsClause(last) || !prep || !(PREPOSITIONS.has(prepWord) || takesTo)) return end;
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
      const named = run(from);
      if (named > from && /^\p{Lu}/u.test(terms[from]!.text)) return named;
    }
    // "in accordance with", "in light of": an idiom follows, not the phrase's complement.
    if (FRAME_WORDS.has(terms[k]?.text.toLowerCase() ?? '')) return -1;
    let after = run(k);
    // "cooperation between Russia and the DPRK": "between" takes both parties.
    if (after > k && prepWord === 'between' && terms[after]?.text === 'and') {
      const second = terms[after + 1]?.tags.has('Determiner') ? after + 2 : after + 1;
      const both = run(second);
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
      return Math.max(complement(after, 'of'), after);
    // "the importance of immediate return and resolution of the cases": coordinated heads in
    // the complement share the "of" after them, which says what they are of; without it the
    // phrase would be two bare actions ("return and resolution") with nothing to be about.
    if (
      prepWord === 'of' &&
      only === undefined &&
      terms.slice(k, after).some((term) => term.text === 'and') &&
      terms[after]?.text === 'of'
    )
      return Math.max(complement(after, 'of'), after);
    if (!takesTo) return after;
    // "commitment to safe, affordable … vaccines": cut at an adjective, no complement.
    const tail = terms[after - 1]!;
    if (isNounAfterTo(terms, after - 1)) return after;
    if (!tail.tags.has('Noun') || tail.tags.has('Adjective')) return end;
    // "commitment to a conditions-based transition of wartime operational control".
    const of = complement(after, 'of');
    return Math.max(of, after);
  };
  while (i < terms.length && terms[i]!.start < to) {
    if (!core(i)) {
      i++;
      continue;
    }
    const head = run(i);
    const end = complement(head);
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
