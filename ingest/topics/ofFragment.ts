/**
 * A complement cut mid-phrase: "service members in defense" read out of "service members in
 * defense of our freedom", "an equitable solution on the allocation" out of "… of taxing rights".
 * The chunker (chunks.ts) takes one prepositional complement; when an "of" it could not take
 * follows, that complement is a fragment and the head phrase stands alone.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';

type Term = TaggedTerm;

/**
 * Whether the complement between `head` (its preposition) and `end` stops right before an "of"
 * it did not take. An "of" complement is left alone (its chains are complement's own rule), and
 * so is a relational or vacuous noun ("in the areas of energy", "in areas of mutual interest"):
 * what follows its "of" is a phrase of its own, the complement no fragment.
 */
export function cutBeforeOf(terms: readonly Term[], head: number, end: number): boolean {
  const noun = terms[end - 1]!;
  // "the Democratic People's Republic of Korea": a name runs on past its "of" (spans.ts).
  if (terms[end]?.text !== 'of' || /[,;:.!?)(]/.test(noun.post) || !/^\p{Ll}/u.test(noun.text))
    return false;
  if (terms[head]?.text.toLowerCase() === 'of') return false;
  // "cooperation on international standards and innovative technologies of the future": the
  // "of" goes with the last conjunct only; "support for Ukraine's defense of its sovereignty":
  // a possessive's noun is read with its owner (quality.ts). Neither complement is cut.
  const inside = terms.slice(head + 1, end);
  if (inside.some((term) => term.text === 'and' || /[’']s$/.test(term.text))) return false;
  const word = noun.text.toLowerCase();
  if (TOPIC_QUALITY.relationalHeads.has(word) || TOPIC_QUALITY.vacuousHeads.has(word)) return false;
  // "cooperation on critical technologies of the future", "an instrument on plastic pollution
  // of the highest ambition": an "of" that only says when or how much completes nothing.
  let k = end + 1;
  while (terms[k]?.tags.has('Determiner')) k++;
  while (
    !vacuousComplement(terms[k]) &&
    TOPIC_QUALITY.weakModifiers.has(terms[k]?.text.toLowerCase() ?? '')
  )
    k++;
  return !vacuousComplement(terms[k]);
}

/** An "of" complement that says when or how much (a module function: no closure per call). */
function vacuousComplement(term: Term | undefined): boolean {
  const next = term?.text.toLowerCase() ?? '';
  return TOPIC_QUALITY.vacuousComplements.has(next) || TOPIC_QUALITY.vacuousAlone.has(next);
}
