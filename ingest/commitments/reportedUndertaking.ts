/**
 * A reporting verb right before the speakers' own undertaking: its complement opens at once, so
 * the undertaking's stance is the clause's, with the reporter as actor (CONVENTIONS §6 reporting
 * verbs; gold: 8 of 8 "agreed that <own side> will/would" are `commit`).
 */

import { caseless } from '../letters';
import { ownSide } from './clauses';
import type { Accepted } from './decision';
import type { SubjectInput } from './subjectStance';

/** A bare past reporting verb ("confirmed", "also noted"), no frame with its object. */
const BARE_REPORTING = /^(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ly\s+|also\s+)*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ed$/i;

/**
 * The undertaking right after the speakers' own side: a "will", or a held readiness ("noted the
 * United States stands ready to work with …", "remains determined to counter …": gold
 * 2022-07-15, 2021-06-28 give the undertaking, not the noting).
 */
export const HELD_READINESS =
  /^(?:stands?|remains?|is|are)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ly\s+)?(?:ready|determined|prepared|resolved)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
const OWN_UNDERTAKING = new RegExp(
  caseless(`^(?:will|would|shall)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|${HELD_READINESS.source}`),
  'i',
);

export function opensOwnUndertaking(
  input: SubjectInput,
  previous: Accepted,
  afterThat: string,
): boolean {
  // ("we are confident that the United States will continue …", "agreed that the U.S. and India
  // would stay in close touch": the trigger itself ends in "that", so its complement opens at once.)
  if (
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that$/i.test(previous.trigger.text) &&
    /^\s*(?:the\s+)?$/i.test(afterThat)
  )
    return true;
  // ("Mr. Sullivan confirmed the United States will closely consult …", "noted the U.S. will
  // continue to provide …": a bare past reporting verb, its "that" left out, right before the
  // speakers' own side and its "will": the undertaking is the stance, gold 2021-01-24, 2022-03-30.)
  return (
    previous.trigger.stance === 'recognize' &&
    BARE_REPORTING.test(previous.trigger.text) &&
    /^\s*$/.test(afterThat) &&
    OWN_UNDERTAKING.test(input.trigger.text) &&
    ownSide(input.context, input.subject.actors, previous.actors)
  );
}
