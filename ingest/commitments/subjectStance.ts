/**
 * A trigger whose own subject resolves to actors: whether that subject takes the stance, calls on
 * another, or only states the content of the stance before it (a complement clause, whose reading
 * is subjectComplement.ts's).
 */

import type { ActorContext, Subject } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { agenciesOnly } from './agency';
import { appeal } from './appealSubject';
import { attributedToOther } from './attribution';
import { COMPLEMENT, isParty, ownSide, PRONOUN, relativeClauseAt, verbForm } from './clauses';
import { type Accepted, type Decision, skipWith } from './decision';
import { isInclusionSubject } from './inclusionSubject';
import { privateBodiesOnly } from './privateSubject';
import { reaffirmedUndertaking } from './reaffirmedUndertaking';
import { HELD_READINESS, opensOwnUndertaking } from './reportedUndertaking';
import { announcedAct, complementOf } from './subjectComplement';

/** A verb whose stance its complement decides (data/rules/stances.json `byComplement`). */
const TAKES_COMPLEMENT =
  /^(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?(?:re-?)?(?:affirm|confirm|assur)[\wÀ-ÖØ-öø-ɏḀ-ỿ]*$/i;

/** An intent verb the complement of "affirm that …" states (stanceComplement.ts). */
const STATED_INTENT = /^(?:plan|intend|aim|seek|pledge|resolve)s?\s+to$/i;

/** "for" (and its object's leading modifiers) right before the subject. */
const PREPOSITION_OBJECT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])for\s+(?:(?:the|continued|ongoing|vital|strong|steadfast|unwavering|generous|enduring|critical|important|full)\s+)*$/i;

/** A possessive and up to two adjectives between a country and the noun it owns. */
const NOUN_MODIFIERS =
  /^(?:[’']s?)?(?:\s+(?!(?:will|would|shall|must|can|may|to|and|also|continues?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ-]+){0,2}\s+$/;

/** The "how" of a discussion verb right before the subject ("discussed how the G20 …"). */
const DISCUSSED_HOW = /^\s+how\s+(?:the\s+|our\s+|their\s+)?$/i;

export interface SubjectInput {
  sentence: SegmentedSentence;
  hits: EntityHit[];
  context: ActorContext;
  trigger: Trigger;
  subject: Subject;
  previous: Accepted | undefined;
  perfect: boolean;
}

export function withSubject(input: SubjectInput): Decision {
  const { sentence, trigger, subject, previous } = input;
  const subjectText = sentence.text.slice(subject.start, subject.end);
  const before = sentence.text.slice(0, subject.start);
  const relative = relativeClauseAt(before, verbForm(trigger));
  if (relative !== undefined) return skipWith('narrative-past', relative);
  const named = !PRONOUN.test(subjectText);
  const afterThat = previous ? sentence.text.slice(previous.trigger.end, subject.start) : undefined;
  // "reaffirmed U.S. support for …": a stance word right after the object's country is a noun.
  if (
    named &&
    previous &&
    afterThat !== undefined &&
    /^\s*(?:the\s+)?$/i.test(afterThat) &&
    verbForm(trigger) === 'base' &&
    // ("agreed that the U.S. and India would stay …": a reported "would" is a verb, no noun;
    // so is "noted the United States stands ready to …".)
    !trigger.reported &&
    !HELD_READINESS.test(trigger.text) &&
    /^\s*$/.test(sentence.text.slice(subject.end, trigger.start))
  ) {
    return skipWith('no-subject');
  }
  // "thanked the President for continued U.S. support to help Jordan", "for Bahrain’s vital
  // support": a country that is the object of "for", with only modifiers between it and a bare
  // one-word stance word, owns a noun; the thanked party's support is no commitment of its own
  // (gold README: "thanked Spain for its recent commitment" gives one welcome).
  if (
    named &&
    PREPOSITION_OBJECT.test(before) &&
    /^[a-zß-öø-ɏḀ-ỿ]+$/i.test(trigger.text) &&
    verbForm(trigger) === 'base' &&
    NOUN_MODIFIERS.test(sentence.text.slice(subject.end, trigger.start))
  ) {
    return skipWith('no-subject');
  }
  // "Recalling the values that bind us, the leaders confirmed …": after a fronted participle
  // and its comma comes the main clause, not a complement of the participle's "that".
  // ("In this regard, recognizing that …, the leaders …": a participle after a fronted adjunct
  // waits for the main subject, pending, as one opening the sentence does.)
  const afterOpener =
    (previous?.trigger.start === 0 || previous?.pending === true) &&
    verbForm(previous.trigger) === 'ing' &&
    /,\s*(?:the\s+)?$/i.test(afterThat ?? '');
  const announced = announcedAct(input, previous, afterThat);
  if (announced) return announced;
  // "the Leaders discussed how the G20 continues to demonstrate …": what was discussed, an
  // indirect question about another, is no stance of its subject (gold 2022-11-15). (After
  // "discuss / explore / consider / review / views on / remarks on" the whole "how" clause, the
  // speakers' own side included, is skipped earlier: earlySkip.ts, gold 7 of 7; after other
  // discussion triggers the own side named there is left to the rules below.)
  if (
    named &&
    previous?.trigger.stance === 'other' &&
    afterThat !== undefined &&
    DISCUSSED_HOW.test(afterThat) &&
    !ownSide(input.context, namedIn(input, subject), previous.actors)
  ) {
    return skipWith('complement-clause');
  }
  if (previous && afterThat !== undefined && reaffirmedUndertaking(input, previous, afterThat))
    return skipWith('complement-clause');
  if (
    named &&
    previous &&
    afterThat !== undefined &&
    !afterOpener &&
    (COMPLEMENT.test(afterThat) || opensOwnUndertaking(input, previous, afterThat))
  ) {
    return complementOf(input, previous, afterThat);
  }
  // "President Biden emphasized that he intends to continue his engagement …": a pronoun for the
  // speaker's own side in the complement of a recognition; the inner verb decides, as with a
  // named one (gold 2021-11-01, README session 10).
  if (
    !named &&
    previous?.trigger.stance === 'recognize' &&
    afterThat !== undefined &&
    !afterOpener &&
    // ("They agreed that they share the objective to …": the trigger itself ends in "that".)
    (/^\s+that\s+$/i.test(afterThat) ||
      (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that$/i.test(previous.trigger.text) && /^\s+$/.test(afterThat)))
  ) {
    const inner = complementOf(input, previous, afterThat);
    if ('accept' in inner && inner.replace) return inner;
  }
  if (trigger.appeal) return appeal(input, subjectText, before, named);
  if (trigger.needsSubject && named) {
    // "North Korea will continue …": a prediction about others, or a body's mandate.
    // ("USAID is also providing …": an agency's own undertaking, agency.ts; a company's,
    // privateSubject.ts.)
    // ("Several Allies – including Canada, … – will continue …": the named allies undertake,
    // third parties though they are, gold 2024-07-09.)
    if (
      !isParty(input.context, subject.actors, input.hits) &&
      !agenciesOnly(subject.actors, input.hits) &&
      !privateBodiesOnly(subject.actors, input.context) &&
      !isInclusionSubject(subjectText)
    )
      return skipWith('not-a-party');
    if (attributedToOther(sentence, input.hits, input.context, trigger.end, subject.actors)) {
      return skipWith('prediction');
    }
    // "affirmed that the ROK will apply …": the content of the stance before, not a new one.
    // "agreed that their ministers will meet": the trigger itself ends in "that".
    // ("agreed that Secretary of State Blinken will visit": a title may stand before the name.)
    const opensThat =
      previous &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that$/i.test(previous.trigger.text) &&
      /^[^,;]{0,60}$/.test(afterThat ?? '');
    if (
      previous &&
      afterThat !== undefined &&
      !afterOpener &&
      (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(afterThat) || opensThat)
    ) {
      return skipWith('complement-clause');
    }
  }
  // "affirmed (that) they will hold …", "affirm that they plan to …": the verb already took the
  // undertaking as its stance (byComplement); the "will" or intent it reports is that one
  // commitment, not a second.
  if (
    !named &&
    (trigger.needsSubject || STATED_INTENT.test(trigger.text)) &&
    previous?.trigger.stance === 'commit' &&
    TAKES_COMPLEMENT.test(previous.trigger.text) &&
    /^\s*(?:that\s+)?$/i.test(afterThat ?? '')
  ) {
    return skipWith('complement-clause');
  }
  return {
    accept: { trigger, subject, actors: subject.actors, perfect: input.perfect },
    speaks: true,
  };
}

/** The entities the subject's own words name ("the G20", not the members it stands for). */
function namedIn(input: SubjectInput, subject: Subject): string[] {
  const from = input.sentence.start + subject.start;
  const to = input.sentence.start + subject.end;
  return input.hits.filter((hit) => hit.start >= from && hit.end <= to).map((hit) => hit.entityId);
}
