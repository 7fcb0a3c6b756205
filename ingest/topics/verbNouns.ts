/**
 * Nouns the tagger read as verbs, retagged from their context before the topic pass reads the
 * words ("welcomed commercial deals with India", "cables, telecommunications networks, and",
 * "the impacts of drug use, supporting …"): otherwise the noun chunk ends before them and
 * neither the topic rules nor the learnt selector ever see the phrase.
 *
 * A word is a noun here only where no subject-verb reading is left:
 * - it closes the clause or a preposition (not "to": "the two countries agree to"), "and" or
 *   "or" follows it;
 * - the word before it is a lowercase noun or adjective of the same phrase (a name before it may
 *   be its subject: "China threatens", "the Treaty applies");
 * - an -s form ("deals") cannot agree with a plural subject ("telecommunications networks") nor
 *   follow an adjective as its verb ("commercial deals", when the tagger read "commercial" as an
 *   adjective); after a singular noun it is a noun only when that noun opens after a
 *   preposition, a count or a verb ("on export controls", "discussed key issues"), or it
 *   extends a compound ("energy market shocks and") and no preposition follows (a relative
 *   clause would: "the role maritime domain awareness plays in …");
 * - a base form ("use") cannot follow a singular noun or an adjective as its verb, which would
 *   need a plural subject ("drug use", "responsible use of"): only after a plural may it be a
 *   verb ("our countries share", "both sides intend to");
 * - and the word has a noun reading at all: compromise's lexicon lists it as a noun or a
 *   noun/verb switch, or does not know it ("campaign"), or topic-quality.json `verbTaggedNouns`
 *   lists it ("use", "rights": the lexicon holds them as verbs only). "validate", "continue",
 *   "grows", "requires" stay verbs.
 */
import type { TaggedTerm } from '../entities/tagger';
import { listedTag, switchOf } from '../entities/wordReadings';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { endsClause, isCore, PREPOSITIONS } from './chunkTerms';

type Term = TaggedTerm;

const VERB_ONLY = new Set(['Verb', 'PresentTense', 'Infinitive']);
const NOT_RETAGGED = ['Noun', 'Auxiliary', 'Copula', 'Modal', 'PastTense', 'Participle', 'Gerund'];
/** A quantifier may stand for the subject itself ("the Indo-Pacific we all seek"). */
const QUANTIFIER = /^(?:all|both|each|either|neither|none|some|any|many|most|few|several)$/;
const AUXILIARY = /^(?:is|has|was|does|are|were|be|have|had|do|did|am|been)$/;

/** Whether compromise's lexicon leaves the word a noun reading (see the module comment). */
function hasNounReading(word: string, plural: boolean): boolean {
  if (TOPIC_QUALITY.verbTaggedNouns.has(word)) return true;
  const listed = listedTag(word);
  if (listed === undefined) return true;
  if (switchOf(word)?.startsWith(plural ? 'Plural|' : 'Noun|')) return true;
  return listed === (plural ? 'Plural' : 'Singular');
}

/** The word before `k` that is not the empty term a possessive's "'s" leaves. */
function before(terms: readonly Term[], k: number): Term | undefined {
  let j = k - 1;
  while (j >= 0 && terms[j]!.text === '') j--;
  return terms[j];
}

function adjectiveOnly(t: Term): boolean {
  return t.tags.has('Adjective') && !t.tags.has('Noun') && !t.tags.has('Verb');
}

/** A lexical verb (not an auxiliary) whose object the next words may be. */
function lexicalVerb(t: Term): boolean {
  const { tags } = t;
  return (
    tags.has('Verb') &&
    !tags.has('Noun') &&
    !tags.has('Auxiliary') &&
    !tags.has('Copula') &&
    !tags.has('Modal') &&
    !AUXILIARY.test(t.text)
  );
}

/** Whether what follows the word at `k` closes a noun phrase (see the module comment). */
function closesPhrase(terms: readonly Term[], k: number): 'end' | 'prep' | 'and' | undefined {
  const next = terms[k + 1];
  if (!next || endsClause(terms[k]!)) return 'end';
  const word = next.text.toLowerCase();
  if (PREPOSITIONS.has(word)) return 'prep';
  if (word !== 'and' && word !== 'or') return undefined;
  // "the region grows and prospers": a verb after "and" coordinates verbs.
  const after = terms[k + 2];
  return after?.tags.has('Verb') && !after.tags.has('Noun') ? undefined : 'and';
}

/** "U.S.", "U.K.": a country's dotted abbreviation, which stands before its nouns as an owner. */
export const DOTTED_NAME = /^(?:\p{Lu}\.){2,}$/u;
/** Prepositions ("to" too: no infinitive marker before a name) after which a name is an object. */
const OBJECT_OPENER = /^(?:to|of|on|in|for|from|with|into|against|toward|towards|by|about)$/i;

/**
 * "U.S. support for Israel", "strong U.S. support to Jordan": a base form right after a country's
 * dotted abbreviation cannot be its verb (a singular name would take "supports"), unless the name
 * closes a coordinated subject ("the ROK and U.S. support …"); with a preposition after it, it is
 * the noun the name owns. Only base forms with a noun reading, and not after a modal's subject
 * ("the U.S. will support" has "will" between).
 */
function ownerAbbreviation(terms: readonly Term[], k: number): boolean {
  const { text } = terms[k]!;
  if (!DOTTED_NAME.test(terms[k - 1]!.text)) return false;
  // "barriers to U.S. exports": after a preposition the name is no subject, so an -s form that
  // closes the phrase is the noun it owns.
  if (/\p{Ll}s$/u.test(text))
    return (
      OBJECT_OPENER.test(terms[k - 2]?.text ?? '') &&
      hasNounReading(text, true) &&
      closesPhrase(terms, k) !== undefined
    );
  if (!hasNounReading(text, false)) return false;
  const article = terms[k - 2]?.tags.has('Determiner') ? 1 : 0;
  if (/^(?:and|or|&)$/i.test(terms[k - 2 - article]?.text ?? '')) return false;
  return closesPhrase(terms, k) === 'prep';
}

/** Whether the verb-tagged word at `k` is a noun by its context (see the module comment). */
export function isVerbTaggedNoun(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const { tags, text } = term;
  if (!tags.has('Verb') || !/^\p{Ll}+$/u.test(text) || AUXILIARY.test(text)) return false;
  if (NOT_RETAGGED.some((tag) => tags.has(tag))) return false;
  const prev = terms[k - 1];
  if (prev?.post === ' ' && ownerAbbreviation(terms, k)) return true;
  if (prev?.post !== ' ' || !/^\p{Ll}/u.test(prev.text) || !isCore(prev)) return false;
  if (endsClause(prev) || QUANTIFIER.test(prev.text)) return false;
  const closes = closesPhrase(terms, k);
  if (!closes) return false;
  const plural = /\p{Ll}s$/u.test(text);
  if (!hasNounReading(text, plural)) return false;
  const prevPlural = prev.tags.has('Plural') && !prev.tags.has('Singular');
  if (!plural) return !prevPlural;
  if (prevPlural || adjectiveOnly(prev)) return true;
  const opener = before(terms, k - 1);
  if (!opener || endsClause(opener)) return false;
  // A count opens a noun phrase ("four new flagship projects"), an ordinal may open a subject
  // ("as its 25th anniversary approaches").
  const count = opener.tags.has('Value') && !opener.tags.has('Ordinal');
  if (opener.tags.has('Preposition') || count || adjectiveOnly(opener)) return true;
  if (lexicalVerb(opener)) return true;
  return closes !== 'prep' && opener.tags.has('Noun') && /^\p{Ll}/u.test(opener.text);
}

/**
 * Retags, in place, each verb-tagged noun of the words as a noun (plural for an -s form): the
 * term gets a new tag set, so a set compromise may share is never edited.
 */
export function retagVerbNouns(terms: Term[]): void {
  const found: number[] = [];
  for (let k = 1; k < terms.length; k++) if (isVerbTaggedNoun(terms, k)) found.push(k);
  for (const k of found) {
    const term = terms[k]!;
    const tags = new Set([...term.tags].filter((tag) => !VERB_ONLY.has(tag)));
    tags.add('Noun');
    tags.add(/\p{Ll}s$/u.test(term.text) ? 'Plural' : 'Singular');
    terms[k] = { ...term, tags };
  }
}
