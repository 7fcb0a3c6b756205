/**
 * Nouns the tagger read as verbs, for the noun-phrase chunker (chunks.ts): a plural noun after its
 * modifiers ("the unlawful arms transfers"), a compound's gerund head ("information sharing"),
 * and whether a phrase ends in a noun.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { adjectiveOnly, endsClause, isCore, POSSESSIVE_PRONOUN, PREPOSITIONS } from './chunkTerms';

type Term = TaggedTerm;

/**
 * A plural noun the tagger read as a verb ("the unlawful arms transfers", "new flagship projects
 * between"): an -s form right after an adjective, or after a noun an adjective or "X and" opens, and not
 * followed by what a verb takes (a determiner, adverb or adjective).
 */
export function isPluralNounTaggedVerb(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  if (
    !term.tags.has('PresentTense') ||
    !/[a-zß-öø-ɏḀ-ỿ]s$/.test(term.text) ||
    /^(?:is|has|was|does)$/.test(term.text)
  )
    return false;
  const prev = terms[k - 1];
  if (!prev || endsClause(prev) || !isCore(prev)) return false;
  // "nuclear and missile tests": after "X and Y" an -s verb would not agree; it is the head.
  const coordinated =
    terms[k - 2]?.text === 'and' && terms[k - 3] !== undefined && isCore(terms[k - 3]!);
  const next = terms[k + 1];
  // "develop carbon markets", "integrity of carbon markets", "cooperation on climate issues
  // through": a lowercase noun that is a verb's object or opens a preposition's complement is no
  // subject; the -s word after it is its head. Not before "to", where it is a verb more often
  // ("ensure energy flows to Europe"). (After "on", "in", "for", "with": 8 of 10 such words in
  // the gold's and the sample's statements are nouns, "in export controls by", "in peace
  // processes throughout"; the two verbs, "of law applies equally", take an adverb or object
  // after them, which the test below reads.)
  const opened =
    /^[a-zß-öø-ɏḀ-ỿ]+$/.test(prev.text) &&
    !prev.tags.has('Adjective') &&
    (terms[k - 2]?.tags.has('Infinitive') ||
      PREPOSITIONS.has(terms[k - 2]?.text.toLowerCase() ?? '')) &&
    !endsClause(terms[k - 2]!) &&
    next?.text !== 'to';
  if (
    !adjectiveOnly(prev) &&
    !(
      prev.tags.has('Noun') &&
      (adjectiveOnly(terms[k - 2]) ||
        terms[k - 2]?.tags.has('Value') ||
        coordinated ||
        opened ||
        demonymInObject(terms, k - 2) ||
        owned(terms, k - 2))
    )
  )
    return false;
  // "the international community expects China to …": a name or pronoun after it is its object.
  return (
    !next ||
    endsClause(term) ||
    reducedRelative(terms, k + 1) ||
    !['Determiner', 'Adverb', 'Adjective', 'Verb', 'ProperNoun', 'Pronoun'].some((tag) =>
      next.tags.has(tag),
    )
  );
}

/**
 * "analysis, prioritization, and task forces focused on investigating crimes", "missile tests
 * conducted by": an -ed form with a preposition after it, right after the -s word, is a reduced
 * relative clause about it (an -s verb would take an object, not a participle and a preposition).
 */
function reducedRelative(terms: readonly Term[], k: number): boolean {
  const term = terms[k];
  const after = terms[k + 1];
  if (!term || !after || endsClause(term) || !/^[a-zß-öø-ɏḀ-ỿ]+ed$/.test(term.text)) return false;
  return PREPOSITIONS.has(after.text.toLowerCase()) || /^(?:by|at|to)$/i.test(after.text);
}

/**
 * "dependence on Russian fossil fuels", "imports of Chinese solar panels": a nationality word
 * after a preposition or verb opens an object, so the noun after it modifies the -s word (the
 * head). Not at a subject's start ("The Russian government continues"), where the -s word is the
 * verb.
 */
function demonymInObject(terms: readonly Term[], k: number): boolean {
  const term = terms[k];
  const before = terms[k - 1];
  return (
    term?.tags.has('Demonym') === true &&
    before !== undefined &&
    !endsClause(before) &&
    (before.tags.has('Preposition') || before.tags.has('Verb'))
  );
}

/**
 * "the DPRK's destabilizing missile tests", "their growing arms transfers": an -ing word right
 * after an owner (a possessive, whose "'s" the tagger splits off as an empty term) or an article
 * qualifies the noun after it, as an adjective would.
 */
function owned(terms: readonly Term[], k: number): boolean {
  const term = terms[k];
  if (!term || !/^[a-zß-öø-ɏḀ-ỿ]+ing$/.test(term.text) || endsClause(term)) return false;
  let j = k - 1;
  while (j >= 0 && terms[j]!.text === '') j--;
  const before = terms[j];
  if (!before || endsClause(before)) return false;
  return (
    before.tags.has('Determiner') ||
    POSSESSIVE_PRONOUN.test(before.text) ||
    /[’']s$/.test(before.text)
  );
}

/**
 * "information sharing", "data sharing with partners", "capacity building": a gerund of
 * `gerundHeads` right after a common singular noun (or a plural of `pluralModifiers`) heads a compound noun when the phrase ends
 * with it (punctuation, a preposition, a conjunction or nothing after it); followed by an object
 * or "to" ("building new ties", "helping to") or after a name or a plural ("Japan hosting",
 * "partners working") it is a verb.
 */
export function isCompoundGerund(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const prev = terms[k - 1];
  if (!prev || !TOPIC_QUALITY.gerundHeads.has(term.text) || prev.post !== ' ') return false;
  const { tags } = prev;
  if (!/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(prev.text) || !tags.has('Noun')) return false;
  // "firearms trafficking": a plural that names goods modifies as a singular would.
  if (tags.has('Plural') && !TOPIC_QUALITY.pluralModifiers.has(prev.text)) return false;
  if (tags.has('Pronoun') || tags.has('Verb') || tags.has('Value')) return false;
  const next = terms[k + 1];
  if (!next || endsClause(term)) return true;
  if (next.text === 'to') return false;
  return !['Noun', 'Adjective', 'Determiner', 'Verb', 'Adverb'].some((tag) => next.tags.has(tag));
}

/** A phrase's last word is a noun: tagged one, or a plural or compound gerund read as a verb. */
export function endsInNoun(terms: readonly Term[], k: number): boolean {
  return (
    terms[k]!.tags.has('Noun') || isPluralNounTaggedVerb(terms, k) || isCompoundGerund(terms, k)
  );
}
