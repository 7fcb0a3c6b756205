/**
 * A trigger whose own subject resolves to actors: whether that subject takes the stance, calls on
 * another, or only states the content of the stance before it (a complement clause).
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

/** A bare reiterating verb ("reiterated", "also reaffirmed"), not a frame with its object. */
const REITERATES =
  /^(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+|also\s+|again\s+)*(?:reiterat|reaffirm|restat)[\wÀ-ÖØ-öø-ɏḀ-ỿ]*$/i;

/** A bare "informed" (the frame of data/rules/stances.json), its hearer after it. */
const INFORMED = /^(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+|also\s+)*informed$/i;

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

/** Every country of the subject is a country of the speakers (an official stands for theirs). */
function ownCountry(
  context: SubjectInput['context'],
  inner: readonly string[],
  outer: readonly string[],
): boolean {
  const side = (id: string) => context.countryOf?.get(id) ?? id;
  const own = new Set(outer.map(side));
  return inner.length > 0 && inner.every((id) => own.has(side(id)));
}

function complementOf(input: SubjectInput, previous: Accepted, afterThat: string): Decision {
  const { context, trigger, subject } = input;
  // "Mr. Sullivan emphasized that the United States will continue to …": the speaker stresses an
  // undertaking of their own side; the undertaking is the stance, the speaker its actor.
  // ("emphasized that Mongolia’s principles supporting the free flow of information promote …":
  // a participle inside the subject's noun phrase is no verb of the complement.)
  // ("informed the Prime Minister that the U.S. will provide $10 million …": telling the other side
  // of one's own undertaking is that undertaking, gold 2022-03-30; "informed X that he has
  // approved …", no undertaking, stays the informing, gold 2024-06-04. The frame of "informed"
  // already stands back before most such complements, data/rules/stances.json.)
  const informed =
    previous.trigger.stance === 'other' &&
    INFORMED.test(previous.trigger.text) &&
    (trigger.needsSubject || HELD_READINESS.test(trigger.text));
  if (
    !trigger.appeal &&
    (previous.trigger.stance === 'recognize' || informed) &&
    verbForm(trigger) !== 'ing' &&
    ownSide(context, subject.actors, previous.actors) &&
    // ("noted that any arms exports from the DPRK to Russia would violate …": a reported "would"
    // is the speaker's own only with the speaker's own country as its subject, never a party the
    // document merely names.)
    (!/^would(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text) ||
      ownCountry(context, subject.actors, previous.actors))
  ) {
    return {
      accept: { trigger, subject, actors: previous.actors, complement: true },
      replace: true,
    };
  }
  // "He reiterated that the United States opposes …": a reiteration whose complement has a
  // stance verb of the speaker's side; the inner verb decides (gold README, session 10). The
  // reiteration keeps a later coordinated complement with none (reported.ts).
  // ("reaffirmed that the United States … will continue to support Ukraine’s defense": a "will"
  // whose verb carries a stance of its own decides too, gold 2023-11-15; "reaffirmed that the
  // United States and the ROK will maintain …", a plain undertaking, stays the reaffirmation.)
  if (
    !trigger.appeal &&
    (!trigger.needsSubject ||
      (trigger.stance !== 'commit' && /^will(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text))) &&
    previous.trigger.stance === 'reaffirm' &&
    REITERATES.test(previous.trigger.text) &&
    /^\s+that\s+$/i.test(afterThat.replace(/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])the\s+$/i, '')) &&
    ownSide(context, subject.actors, previous.actors)
  ) {
    return {
      accept: { trigger, subject, actors: previous.actors, complement: true, reported: true },
    };
  }
  // "… remains committed to …, and that the United States strongly opposes …": a further
  // coordinated complement of the same verb is a stance of the same speaker. So is one after a
  // reiterated object: "reiterated the interests of the United States in … and that the United
  // States stands with our ally" reaffirms the interests and supports the ally.
  if (
    !trigger.appeal &&
    (previous.complement || previous.trigger.stance === 'reaffirm') &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and\s+that\s+(?:the\s+)?$/i.test(afterThat) &&
    ownSide(context, subject.actors, previous.actors)
  ) {
    return { accept: { trigger, subject, actors: previous.actors, complement: true } };
  }
  // "welcomed that the Foreign Ministers intend to meet": the content of the stance before.
  return skipWith('complement-clause');
}

/** "announced that", "am proud to announce today that", "is announcing that, collectively,". */
const ANNOUNCED_THAT = /^\s+(?:today\s+)?that(?:\s*,\s*[a-zß-öø-ɏḀ-ỿ]+ly\s*,)?\s+(?:the\s+)?$/i;

/**
 * "Today the United States announced that it will join …", "the United States is announcing today
 * that we will provide …", "I am proud to announce that the United States recognizes Niue … and
 * will establish …": announcing the speakers' own act is that act, one commitment whose stance
 * the announced verb takes (gold 2021-05-07, 2024-10-23, 2023-09-25). An announcement of what
 * others will do ("announced that the DFC and JBIC will provide …") stays the announcement.
 */
function announcedAct(
  input: SubjectInput,
  previous: Accepted | undefined,
  afterThat: string | undefined,
): Decision | undefined {
  const { context, trigger, subject } = input;
  if (!previous || afterThat === undefined || trigger.appeal) return undefined;
  if (
    previous.trigger.stance !== 'commit' ||
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])announc/i.test(previous.trigger.text)
  )
    return undefined;
  if (!ANNOUNCED_THAT.test(afterThat) || verbForm(trigger) === 'ing') return undefined;
  if (!ownSide(context, subject.actors, previous.actors)) return undefined;
  // ("we are announcing that the Republic of Korea will host …": the announcers and the host; an
  // announcing official whose country acts is no actor apart.)
  const announcers = previous.actors.filter(
    (id) => !subject.actors.includes(context.countryOf?.get(id) ?? id),
  );
  const actors = [...new Set([...announcers, ...subject.actors])];
  // (Neither the announcer nor the announced subject is what the act is about.)
  const both = previous.subject ? { ...subject, start: previous.subject.start } : subject;
  return { accept: { trigger, subject: both, actors, complement: true }, replace: true };
}
