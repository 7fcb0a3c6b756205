/**
 * A participle that opens a noun list's item ("irregular migration and forced displacement",
 * "counterfeit goods and pirated content", "semiconductors, printed circuit boards"): an -ed form
 * the tagger read as a verb, right after "and", "or" or a list's comma whose left item is a common
 * noun, and right before a common noun, qualifies that noun as an adjective would (the chunker's
 * `isAttributive` reads the participle only after a determiner, adjective or preposition).
 *
 * It is a verb when the sentence already has a finite past verb before it: "The leaders discussed
 * regional security and welcomed progress" coordinates two verbs of one subject. Over the
 * commitment sentences of the gold and the sample, the rule reads 24 such words with no earlier
 * past verb, all modifiers (13 named with their noun in the gold: "forced displacement", "pirated
 * content", "printed circuit boards"); with an earlier past verb 25 of 45 are verbs ("and
 * expressed support for"), so that case stays a verb.
 */
import type { TaggedTerm } from '../entities/tagger';
import { endsClause, POSSESSIVE_PRONOUN } from './chunkTerms';

type Term = TaggedTerm;

const LOWER_ED = /^[a-zß-öø-ɏḀ-ỿ]+ed$/;
const LOWER = /^[a-zß-öø-ɏḀ-ỿ]/;

function verbOnly(t: Term): boolean {
  return t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
}

/** A lowercase common noun: a list item, or the noun the participle qualifies. */
function commonNoun(t: Term | undefined): boolean {
  return (
    t !== undefined &&
    LOWER.test(t.text) &&
    t.tags.has('Noun') &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Verb') &&
    !POSSESSIVE_PRONOUN.test(t.text)
  );
}

/**
 * A finite past verb before `k`: a past form read as a verb only and no determiner's noun ("the
 * proposed plan" is no verb). A clause boundary stronger than a comma ends the search.
 */
function pastVerbBefore(terms: readonly Term[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const term = terms[j]!;
    if (/[;:]/.test(term.post)) return false;
    if (term.tags.has('PastTense') && verbOnly(term) && !terms[j - 1]?.tags.has('Determiner'))
      return true;
  }
  return false;
}

/** Whether the -ed word at `k` opens a noun list's item (see the module comment). */
export function isCoordinatedParticiple(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  if (!LOWER_ED.test(term.text) || !verbOnly(term) || endsClause(term)) return false;
  if (!commonNoun(terms[k + 1])) return false;
  const prev = terms[k - 1];
  if (!prev) return false;
  // "refugees and displaced persons", "semiconductors, printed circuit boards".
  const item = /^(?:and|or)$/.test(prev.text) && !endsClause(prev) ? terms[k - 2] : prev;
  if (item === undefined || item === term || !commonNoun(item)) return false;
  if (item === prev && !/^,\s*$/.test(prev.post)) return false;
  // "vaccines, tests, and processed foods": a comma may close the left item; a sentence may not.
  if (item !== prev && /[;:.!?)(]/.test(item.post)) return false;
  return !pastVerbBefore(terms, k - 1);
}
