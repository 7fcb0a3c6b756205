/**
 * A subject that opens the complement of the stance before it ("emphasized that the United States
 * will …", "announced that it will …"): whether its trigger is only the content of that stance, no
 * commitment of its own, or the speakers' own undertaking the stance reports, which then stands
 * with the reporter as actor. subjectStance.ts decides when a subject opens such a complement.
 */

import { ownSide, verbForm } from './clauses';
import { type Accepted, type Decision, skipWith } from './decision';
import { HELD_READINESS } from './reportedUndertaking';
import type { SubjectInput } from './subjectStance';

/** A bare reiterating verb ("reiterated", "also reaffirmed"), not a frame with its object. */
const REITERATES =
  /^(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+|also\s+|again\s+)*(?:reiterat|reaffirm|restat)[\wÀ-ÖØ-öø-ɏḀ-ỿ]*$/i;

/** A bare "informed" (the frame of data/rules/stances.json), its hearer after it. */
const INFORMED = /^(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+|also\s+)*informed$/i;

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

/** The trigger of a subject in the complement of `previous`, `afterThat` the words between. */
export function complementOf(input: SubjectInput, previous: Accepted, afterThat: string): Decision {
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
export function announcedAct(
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
