/**
 * The base-form verb opening a list item ("Implement military de-escalation …", "Expand R&D
 * between …"): what listItems.ts reads as the item's trigger under a lead-in.
 */
import { UPPER } from '../entities/officialPatterns';
import { tagTexts } from '../entities/tagger';

const END = '(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';

/**
 * A capitalised word that may open an item in its base form ("Implement", "Share", "Set"), before
 * a lowercase word or an acronym ("Expand R&D between …", "Launch AI cooperation"): a title-case
 * heading ("Clean School Buses") has a capitalised word next.
 */
const CAPITALISED = new RegExp(
  `^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{2,})${END}(?=\\s+(?:[a-zß-öø-ɏḀ-ỿ“"‘']|[${UPPER}][${UPPER}&.-]*[${UPPER}]${END}))`,
);

/** The same word before any word, for a list known to hold verbs (`bareVerb`'s `verbal`). */
const ANY_NEXT = new RegExp(`^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{2,})${END}(?=\\s+\\S)`);

/** "Care workers should be supported …": a subject and its auxiliary, a clause of its own. */
const SUBJECT_CLAUSE = new RegExp(
  `^\\S+\\s+(?:\\S+\\s+){0,3}?(?:should|will|would|can|could|must|may|might|shall|is|are|was|were|has|have|had)${END}`,
  'i',
);

/** An item that ends as a sentence, no heading. */
const ENDS_SENTENCE = /[.;]["'”’)]*$/;

/**
 * Sentence openers compromise tags as imperatives in title case ("Over the past four years, DoD
 * has …", "Under the plan, …"): prepositions and adverbs of time and order.
 */
export const NOT_A_VERB =
  /^(?:Over|Under|After|Before|Since|During|Through|Throughout|Across|Around|Within|Without|Beyond|Among|Amid|Despite|Upon|Toward|Towards|Behind|Below|Above|Along|Against|Between|Near|Like|Unlike|Via|Once|Today|Now|Then|Here|There|Also|Still|Meanwhile|Finally|First|Second|Third|Further|Moreover|Together)$/;

/**
 * "Implement military de-escalation under the observation of the AOT": an item opening with a
 * verb in its base form, as compromise tags it (Infinitive or Imperative, not a noun); "Clean
 * School Buses", "Tribal communities …" open with no verb.
 *
 * `verbal`: the list is known to hold verbs (its lead-in ends in "to:", "We intend to:", or an
 * item before opened with one), so an item that ends as a sentence is read as what follows "to":
 * compromise takes a sentence-initial "Hold" for a noun ("Hold ransomware actors accountable …",
 * gold 2022-11-01 CRI) and "Hold National Security Council … consultations" has a capitalised word
 * next (gold 2023-12-08 U.S.-ROK), yet after "to" each is a verb.
 */
export function bareVerb(text: string, verbal = false): RegExpExecArray | undefined {
  const word = CAPITALISED.exec(text);
  if (word && !NOT_A_VERB.test(word[1]!)) {
    const first = tagTexts([text])[0]?.[0];
    if (!first || first.tags.has('Adjective')) return undefined;
    if (!first.tags.has('Noun') && (first.tags.has('Infinitive') || first.tags.has('Imperative')))
      return word;
  }
  if (!verbal || !ENDS_SENTENCE.test(text.trimEnd()) || SUBJECT_CLAUSE.test(text)) return undefined;
  const any = ANY_NEXT.exec(text);
  if (!any || NOT_A_VERB.test(any[1]!)) return undefined;
  const afterTo = tagTexts([`to ${any[1]!.toLowerCase()}${text.slice(any[1]!.length)}`])[0]?.[1];
  return afterTo?.tags.has('Verb') && !afterTo.tags.has('Gerund') ? any : undefined;
}
