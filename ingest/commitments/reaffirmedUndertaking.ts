/**
 * "Mr. Sullivan reiterated that we will continue high-level engagement …", "the leaders reaffirm
 * they will undertake urgent action …", "reiterated that the bond … is unshakeable and that we will
 * continue to stay in close touch": a reiteration of the speakers' own undertaking is one
 * `reaffirm` (CONVENTIONS §6: "reaffirm(ed)/reiterate(d) that … will" keeps `reaffirm`; gold 9 of
 * 9 folded, none split). The inner "will"/"are working"/"intend to" is its content, no second
 * commitment. A named subject's "will" whose verb carries a stance of its own ("reaffirmed that
 * the United States will continue to support") is left to subjectStance.ts, which lets the inner
 * verb decide (gold 2023-11-15), as is its stated intent ("aims to"); a pronoun's is folded too
 * ("we solemnly reiterate that we will never recognise …" is one `reaffirm`).
 */
import { ownSide, PRONOUN } from './clauses';
import type { Accepted } from './decision';
import type { SubjectInput } from './subjectStance';

/** A bare reiterating verb ("reiterated", "solemnly reiterate"), not a frame with its object. */
const REITERATES =
  /^(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ly\s+|also\s+|again\s+)*(?:reiterat|reaffirm|restat)[\wÀ-ÖØ-öø-ɏḀ-ỿ]*$/i;

/** An intent verb that states an undertaking ("they intend to implement"). */
const STATED_INTENT = /^(?:plan|intend|aim|seek|pledge|resolve)s?\s+to$/i;

/**
 * Between the reiterating verb and the inner subject: the complement opens at once ("reaffirm
 * they will", "reiterated that we are working"), or a further "and that" of the same complement
 * follows a first one with no clause break ("reiterated that the bond … is unshakeable and that").
 */
const OPENS_COMPLEMENT =
  /^\s+(?:that\s+)?(?:the\s+)?$|^\s+that\s[^;,]{0,160}(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and\s+that\s+(?:the\s+)?$/i;

export function reaffirmedUndertaking(
  input: SubjectInput,
  previous: Accepted,
  afterThat: string,
): boolean {
  const { trigger, subject, sentence, context } = input;
  if (previous.trigger.stance !== 'reaffirm' || !REITERATES.test(previous.trigger.text))
    return false;
  if (trigger.appeal || !(trigger.needsSubject || STATED_INTENT.test(trigger.text))) return false;
  const pronoun = PRONOUN.test(sentence.text.slice(subject.start, subject.end));
  // ("President Biden reiterated that the United States aims to continue to support Egypt": a
  // named subject's stated intent is the stance, the reiteration its frame, gold 2022-07-16.)
  if (!pronoun && (trigger.stance !== 'commit' || !trigger.needsSubject)) return false;
  return OPENS_COMPLEMENT.test(afterThat) && ownSide(context, subject.actors, previous.actors);
}
