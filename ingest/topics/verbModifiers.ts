/**
 * Modifiers the tagger read as verbs, retagged from their context before the topic pass reads the
 * words, as verbNouns.ts retags heads: otherwise a noun phrase loses its first words ("human
 * smuggling organizations" → "organizations", "through blended finance" → "finance") and neither
 * the topic rules nor the learnt selector ever see the whole name.
 *
 * - An -ing noun of `gerundHeads` ("smuggling", "licensing", "sharing") between a lowercase
 *   singular noun it acts on and a common noun is one compound ("drug trafficking
 *   investigations", "information sharing platforms"; chunkTerms.ts `isCompoundGerund` reads the
 *   compound when it ends the phrase). After an article or adjective the tagger reads it as a
 *   noun already; after a preposition, a plural or a list's "and" it may be a verb taking an
 *   object ("by smuggling weapons", "partners sharing data", "and building capacity") and stays one.
 * - The same -ing noun right after a verb (none of `catenativeVerbs`) and before a plural
 *   ("harmonize charging standards"): the verb's object is the compound.
 * - The same -ing noun before a plural right after a noun list's "and"/"or" or a preposition
 *   ("aviation and shipping emissions", "employed by smuggling networks"): it names the plural's
 *   kind. Over the gold's and the sample's commitment sentences 16 of 17 such words are
 *   compounds; the verb ("progress in building institutions") takes its object as "by smuggling
 *   weapons" does, which the goods test (`pluralModifiers`) keeps a verb.
 * - An -ed form right before a noun or adjective after a preposition that the chunker's
 *   participle rule (chunkTerms.ts `isAttributive`) does not read ("through blended finance",
 *   "produced by forced labor", "commitment to sustained investment"): no verb's past tense
 *   follows a preposition, so it qualifies the noun as an adjective would. Not after "at": "at
 *   elevated risk of …" says how much, of whom, not what.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { endsClause, PREPOSITIONS } from './chunkTerms';
import { isListGerund } from './listGerund';

type Term = TaggedTerm;

/** Prepositions before which an -ed form is a participle (of, on, in, … are isAttributive's). */
const PARTICIPLE_OPENERS = new Set([
  'by',
  'through',
  'from',
  'to',
  'into',
  'toward',
  'towards',
  'via',
  'under',
]);
const VERB_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Participle']);

function verbOnly(t: Term): boolean {
  return t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
}

/** A common noun the modifier may stand before: lowercase, no pronoun, not read as a verb. */
function commonNoun(t: Term | undefined): boolean {
  return (
    t !== undefined &&
    /^[a-zß-öø-ɏḀ-ỿ]/.test(t.text) &&
    t.tags.has('Noun') &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Verb')
  );
}

/** Whether the -ing word at `k` modifies the noun after it (see the module comment). */
export function isGerundModifier(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const prev = terms[k - 1];
  if (!prev || !verbOnly(term) || !TOPIC_QUALITY.gerundHeads.has(term.text)) return false;
  if (prev.post !== ' ' || term.post !== ' ' || !commonNoun(terms[k + 1])) return false;
  if (!/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(prev.text)) return false;
  const { tags } = prev;
  return (
    tags.has('Noun') &&
    // "arms trafficking routes": a plural that names goods modifies as a singular would.
    (!tags.has('Plural') || TOPIC_QUALITY.pluralModifiers.has(prev.text)) &&
    !tags.has('Pronoun') &&
    !tags.has('Verb') &&
    !tags.has('Value') &&
    !tags.has('Adjective')
  );
}

/**
 * "harmonize charging standards", "support processing facilities": an -ing noun of `gerundHeads`
 * right after a verb and before a plural common noun is the object's modifier: the verb takes the
 * compound as its object. After a verb that takes an -ing clause (`catenativeVerbs`: "continue
 * funding programs", "stop smuggling weapons") it is that clause's verb and stays one.
 */
function isGerundAfterVerb(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  if (!prev || !next || !verbOnly(term) || !TOPIC_QUALITY.gerundHeads.has(term.text)) return false;
  if (prev.post !== ' ' || term.post !== ' ' || !commonNoun(next) || !next.tags.has('Plural'))
    return false;
  return (
    verbOnly(prev) &&
    !prev.tags.has('Gerund') &&
    !TOPIC_QUALITY.catenativeVerbs.has(prev.text.toLowerCase())
  );
}

/**
 * "aviation and shipping emissions", "restrictions or licensing requirements", "networks employed
 * by smuggling networks": an -ing noun of `gerundHeads` before a plural common noun, right after a
 * noun list's "and"/"or" or a preposition, names the plural's kind. As a verb it would take the
 * plural as its object, which after a preposition names goods (`pluralModifiers`: "by smuggling
 * weapons"); after "and" it would continue a series of -ing verbs ("improving health systems
 * and financing clinics"), so an -ing verb opening the item before "and" keeps it a verb.
 */
function isCoordinatedGerund(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  if (!prev || !next || !verbOnly(term) || !TOPIC_QUALITY.gerundHeads.has(term.text)) return false;
  if (term.post !== ' ' || !commonNoun(next) || !next.tags.has('Plural')) return false;
  if (TOPIC_QUALITY.pluralModifiers.has(next.text) || endsClause(prev)) return false;
  // Not after "to", which opens a verb's clause as often ("committed to sharing lessons").
  if (prev.text !== 'to' && (PREPOSITIONS.has(prev.text) || PARTICIPLE_OPENERS.has(prev.text)))
    return true;
  if (!/^(?:and|or)$/.test(prev.text) || !commonNoun(terms[k - 2])) return false;
  return !gerundOpens(terms, k - 2);
}

/**
 * Whether an -ing verb opens the noun phrase that ends at `k` ("improving health systems"): the
 * word before the phrase's nouns, adjectives and article. "including import restrictions" is no
 * such verb: "including" opens a list, not a series of acts.
 */
function gerundOpens(terms: readonly Term[], k: number): boolean {
  let j = k;
  while (j > 0 && !endsClause(terms[j - 1]!)) {
    const { tags } = terms[j - 1]!;
    if (!(tags.has('Noun') || tags.has('Adjective') || tags.has('Determiner'))) break;
    if (tags.has('Verb')) break;
    j--;
  }
  const opener = terms[j - 1];
  return (
    opener !== undefined &&
    !endsClause(opener) &&
    opener.text !== 'including' &&
    /^[a-zß-öø-ɏḀ-ỿ]+ing$/.test(opener.text) &&
    opener.tags.has('Verb')
  );
}

/** Whether the -ed word at `k` is a participle after a preposition (see the module comment). */
export function isParticipleAfterPreposition(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  if (!prev || !next || !verbOnly(term) || !/^[a-zß-öø-ɏḀ-ỿ]+ed$/.test(term.text)) return false;
  if (!PARTICIPLE_OPENERS.has(prev.text.toLowerCase()) || endsClause(prev) || endsClause(term))
    return false;
  if (next.tags.has('Verb') || next.tags.has('Pronoun') || next.tags.has('Determiner'))
    return false;
  return next.tags.has('Noun') || next.tags.has('Adjective');
}

/**
 * Retags, in place, each such modifier: a gerund as a noun (it keeps its Gerund tag), a participle
 * as an adjective. The term gets a new tag set, so a set compromise may share is never edited.
 */
export function retagVerbModifiers(terms: Term[]): void {
  const found: [number, 'Noun' | 'Adjective'][] = [];
  for (let k = 1; k < terms.length; k++) {
    if (
      isGerundModifier(terms, k) ||
      isGerundAfterVerb(terms, k) ||
      isCoordinatedGerund(terms, k) ||
      isListGerund(terms, k)
    )
      found.push([k, 'Noun']);
    else if (isParticipleAfterPreposition(terms, k)) found.push([k, 'Adjective']);
  }
  for (const [k, tag] of found) {
    const term = terms[k]!;
    const tags = new Set([...term.tags].filter((t) => !VERB_TAGS.has(t)));
    tags.add(tag);
    if (tag === 'Noun') tags.add('Singular');
    terms[k] = { ...term, tags };
  }
}
