/**
 * The word tests of the noun-phrase chunker (chunks.ts): whether a tagged word is a phrase's
 * core (a noun or adjective, a plural noun the tagger read as a verb, a participle inside the
 * phrase), and what ends, opens or joins a phrase around it.
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
function adjectiveOnly(t: Term | undefined) {
  return t?.tags.has('Adjective') && !t.tags.has('Verb');
}

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
 * "the DPRK's destabilizing missile tests", "their growing arms transfers": an -ing word right
 * after an owner (a possessive, whose "'s" the tagger splits off as an empty term) or an article
 * qualifies the noun after it, as an adjective would.
 */
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

/** A phrase's last word is a noun: tagged one, or a plural or compound gerund read as a verb. */
export function endsInNoun(terms: readonly Term[], k: number): boolean {
  return (
    terms[k]!.tags.has('Noun') || isPluralNounTaggedVerb(terms, k) || isCompoundGerund(terms, k)
  );
}

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
