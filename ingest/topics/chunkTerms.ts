/**
 * The word tests of the noun-phrase chunker (chunks.ts): whether a tagged word is a phrase's
 * core (a noun or adjective, a participle inside the phrase), and what ends, opens or joins a
 * phrase around it. Nouns the tagger read as verbs are nounReadings.ts's.
 */
import type { TaggedTerm } from '../entities/tagger';
import { hasVerbReading } from '../entities/wordReadings';
import { TOPIC_QUALITY } from '../rules/topicQuality';

type Term = TaggedTerm;

const TO_HEADS = TOPIC_QUALITY.toHeads;

export const PREPOSITIONS = new Set([
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

export const POSSESSIVE_PRONOUN = /^(?:its|their|our|his|her|my|your)$/i;

export function isCore(term: Term): boolean {
  const { tags } = term;
  // "the U.S.-ROK relationship following the visit": a preposition the tagger read as a noun.
  if (TOPIC_QUALITY.phrasePrepositions.has(term.text.toLowerCase())) return false;
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition')) return false;
  // "Ukraine and its fight for freedom": a possessive pronoun opens a phrase of its own.
  if (POSSESSIVE_PRONOUN.test(term.text)) return false;
  if (tags.has('Conjunction') || tags.has('Adverb') || tags.has('Value') || tags.has('Date'))
    return false;
  if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective')) return false;
  // "LNG terminals": an acronym in capitals that the tagger's list of abbreviations holds in
  // lowercase ("lng" for longitude) is a noun, here the modifier of the noun after it.
  if (tags.has('Abbreviation') && CAPITALS.test(term.text)) return true;
  return tags.has('Noun') || tags.has('Adjective');
}

/** A word in capitals only: an acronym. */
const CAPITALS = /^\p{Lu}{2,}$/u;

/** An adjective not also read as a verb (a module function: no closure built per call). */
export function adjectiveOnly(t: Term | undefined) {
  return t?.tags.has('Adjective') && !t.tags.has('Verb');
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
  if (!/^[a-zß-öø-ɏḀ-ỿ]+$/.test(term.text) || /,/.test(term.post)) return false;
  // "access to all of Ukraine's …": a quantifier, no noun.
  if (TOPIC_QUALITY.weakModifiers.has(term.text)) return false;
  const next = terms[k + 1];
  return !next || /[.;]/.test(term.post) || next.tags.has('Preposition');
}

/** A lexical verb's base form ("prevent", "protect"), not an auxiliary ("have", "be", "will"). */
function baseVerb(term: Term): boolean {
  const { tags } = term;
  if (!tags.has('Verb') || tags.has('Auxiliary') || tags.has('Modal') || tags.has('Noun'))
    return false;
  if (AUXILIARY_FORMS.test(term.text)) return false;
  return tags.has('Infinitive');
}

const AUXILIARY_FORMS = /^(?:have|has|had|be|been|being|is|are|was|were|get|gets|do|does|did)$/i;

/**
 * A participle inside a noun phrase ("a durable negotiated settlement", "the proposed work plan",
 * the "-based" of "rules-based maritime order"): an -ed form after a determiner, adjective or
 * complement's preposition, or
 * the second half of a hyphenated word, with a noun or adjective after it.
 */
export function isAttributive(terms: Term[], k: number): boolean {
  const term = terms[k]!;
  if (!term.tags.has('Verb') || term.tags.has('Noun') || term.tags.has('Adjective')) return false;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  if (!prev || !next || endsClause(term) || next.tags.has('Verb')) return false;
  if (!next.tags.has('Noun') && !next.tags.has('Adjective')) return false;
  if (term.tags.has('Hyphenated') && prev.post === '-') return isCore(prev);
  // "the release of treated water": after a preposition that opens a complement, too.
  // "areas such as advanced technology": after a list opener, too.
  // "to prevent advanced U.S. technologies from …": right after a verb's base form an -ed form
  // can be no past tense of its own; it modifies the object ("have advanced" is a perfect).
  const opens =
    (prev.tags.has('Preposition') && PREPOSITIONS.has(prev.text.toLowerCase())) ||
    LIST_OPENER.test(prev.text) ||
    baseVerb(prev);
  return (
    /[a-zß-öø-ɏḀ-ỿ]ed$/.test(term.text) &&
    !endsClause(prev) &&
    (prev.tags.has('Determiner') || opens || (prev.tags.has('Adjective') && !prev.tags.has('Verb')))
  );
}

/**
 * "helping farmers", "promoting peace", "including replacing lead pipes": an -ing word opening a
 * noun phrase with its object right after it is a verb taking that object (the tagger reads many
 * such words as nouns or adjectives), no word of the phrase's name; the gold drops it (of its
 * commitment sentences with an -ing word right before a noun, about 1,130 name the noun's phrase
 * without it, 160 with it, most of those an activity noun or a kind). Kept: an activity noun
 * before a noun (gerundHeads: "funding gaps", "shipping sector"; before an adjective it is a verb
 * again: "building diverse coalitions"), a participle naming a kind (ingKinds: "emerging
 * technologies"), one an article, possessive or adjective opens ("the developing situation", "an
 * enabling environment"), a hyphenated word's half ("well-paying jobs"), one with a preposition
 * after it ("hosting of the Summit"). One read as an adjective is a verb only after a preposition
 * or a list's opener ("of continuing close cooperation", "including cutting prescription drug
 * costs"), not after a verb ("support floating storage units") nor when it only rates
 * (weakModifiers: "lasting peace").
 */
export function ingOpener(terms: readonly Term[], k: number): boolean {
  const term = terms[k];
  const next = terms[k + 1];
  if (!term || !next || !/^[a-zß-öø-ɏḀ-ỿ]+ing$/.test(term.text) || endsClause(term)) return false;
  if (!isCore(next) || FUNCTION_WORD.test(next.text)) return false;
  const { tags } = term;
  if (tags.has('Hyphenated') || TOPIC_QUALITY.ingKinds.has(term.text)) return false;
  if (TOPIC_QUALITY.weakModifiers.has(term.text)) return false;
  if (TOPIC_QUALITY.gerundHeads.has(term.text) && !adjectiveOnly(next)) return false;
  const prev = terms[k - 1];
  const opened = prev === undefined || endsClause(prev);
  if (
    !opened &&
    (prev.post === '-' ||
      prev.tags.has('Hyphenated') ||
      /[’']s$/.test(prev.text) ||
      POSSESSIVE_PRONOUN.test(prev.text))
  )
    return false;
  if (!opened && (prev.tags.has('Determiner') || adjectiveOnly(prev))) return false;
  if (tags.has('Noun') && !tags.has('Adjective')) return true;
  if (!tags.has('Adjective')) return false;
  return (
    opened ||
    (prev.tags.has('Preposition') && PREPOSITIONS.has(prev.text.toLowerCase())) ||
    LIST_OPENER.test(prev.text)
  );
}

const FUNCTION_WORD = /^(?:of|on|in|for|to|with|between|among|against|across|and|or)$/i;

/**
 * "its diplomatic role serving as the protecting power", "acting as a mediator": an -ing form
 * before "as" starts a participial clause about a role, not a noun of the phrase before it.
 */
export function introducesRole(terms: Term[], k: number): boolean {
  return /^[a-zß-öø-ɏḀ-ỿ]+ing$/.test(terms[k]!.text) && terms[k + 1]?.text.toLowerCase() === 'as';
}

/** An article, demonstrative or possessive pronoun: what opens a verb's object. */
const OBJECT_OPENER = /^(?:the|a|an|its|their|our|his|her|this|these|those)$/i;

/**
 * "degrade Russia's sources of revenue and impede its efforts": a word after "and" that an
 * article or possessive follows is a verb taking its object (the tagger read "impede" as a
 * noun); a noun of the phrase is followed by another noun, a preposition or punctuation.
 */
export function takesObject(terms: Term[], k: number): boolean {
  const term = terms[k];
  const next = terms[k + 1];
  if (term === undefined || next === undefined || endsClause(term)) return false;
  return OBJECT_OPENER.test(next.text) || verbBeforeTo(terms, k);
}

/**
 * "engage other governments and work to detect", "seize this opportunity and return to a good
 * faith effort": a bare singular word after "and" that "to" and then a verb or an object opener
 * follow is a second verb of the clause, not a noun coordinated with the object before "and".
 * A noun that takes "to" (toHeads: "support to Ukraine") and a word with no verb reading
 * ("professionals and faculty to enhance care", "cooperation and assistance to the region")
 * stay nouns.
 */
function verbBeforeTo(terms: Term[], k: number): boolean {
  const word = terms[k]!.text.toLowerCase();
  const after = terms[k + 2];
  if (terms[k + 1]!.text.toLowerCase() !== 'to' || after === undefined) return false;
  if (TO_HEADS.has(word) || !hasVerbReading(word)) return false;
  return OBJECT_OPENER.test(after.text) || after.tags.has('Infinitive');
}

/**
 * "World Trade Organization (WTO) reform": a bracketed acronym before a lowercase noun modifies it
 * as the name would; the bracket does not end the phrase.
 */
export function acronymModifier(terms: Term[], k: number): boolean {
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

export function endsClause(term: Term): boolean {
  return /[,;:.!?)(]/.test(term.post);
}
