/**
 * A meeting's purpose as a stance: "We have convened to reaffirm …", "spoke … to congratulate him
 * on …" (apart from sharedSubject.ts's coordination, one job: who met, and whether the meeting
 * is held).
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import {
  DATED_PAST_MEETING,
  MEETING_PURPOSE,
  OCCASION_PURPOSE,
  PRESENCE_PURPOSE,
  partners,
  VISIT_PURPOSE,
} from './clauses';
import { type Accepted, type Decision, skipWith } from './decision';
import { hostCountries, purposeOfMeeting } from './previewMeeting';

/** "visited the sites", "will visit a site": a lowercase place after "visit(ed)" (case-sensitive). */
const VISITED_UNNAMED =
  /^\s+visit(?:ed)?\s+(?:(?:the|a|an)\s+[a-zß-öø-ɏḀ-ỿ]|(?!(?:the|a|an)\s)[a-zß-öø-ɏḀ-ỿ])/;

/**
 * "We have convened to reaffirm …": the purpose of a meeting is its participants' stance. "They
 * met to consult on …" reports the meeting; "will meet to discuss" is no stance yet.
 */
export function meetingPurpose(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  accepted: readonly Accepted[],
  left: string,
): Decision | undefined {
  const previous = accepted[accepted.length - 1];
  // "met in Geneva for discussions on …": a nominal purpose reads as "to discuss" (CONVENTIONS
  // §5, s20 D, s29 B), so the meeting before it is tried as before a "to".
  const nominal = /^for\s/i.test(trigger.text);
  const before = nominal ? `${left} to` : left;
  const found =
    MEETING_PURPOSE.exec(before) ?? PRESENCE_PURPOSE.exec(before) ?? VISIT_PURPOSE.exec(before);
  // (MEETING_PURPOSE ignores case: a place visited is named, "visited the sites … to learn" or
  // "visited a critical energy site to see" is a narrated stop, no trip of its own.)
  const meeting = found && VISITED_UNNAMED.test(found[0]) ? null : found;
  const purpose = meeting ?? (nominal ? null : OCCASION_PURPOSE.exec(left));
  if (!purpose) return undefined;
  const pastMeeting =
    /^\s+(?:met|spoke|talked|convened|gathered|traveled|travelled|visited|came|held|had|was|were|welcomed|hosted)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(
      purpose[0],
    );
  if (pastMeeting && DATED_PAST_MEETING.test(left)) return skipWith('narrative-past');
  // A preview's "will meet with [hosts] to V": the purpose replaces the meeting (previewMeeting.ts).
  const replaces = !!previous && purposeOfMeeting(sentence, previous.trigger, trigger);
  // "Mr. Sullivan will also travel to Ramallah to … discuss …": the trip's own "will travel"
  // commit stands before its purpose and keeps its place (gold 2021-12-20, 2022-08-30). A purpose
  // of the trip's own stance stays folded into it ("will travel to Dulles … to announce …",
  // CONVENTIONS §5: a same-stance purpose is no commitment of its own).
  const trip = /^\s+(?:travel\s+to|visit)\s/i.test(purpose[0]);
  const ownTrip =
    trip &&
    !!previous &&
    previous.trigger.end >= purpose.index &&
    !previous.purpose &&
    trigger.stance !== previous.trigger.stance;
  const firstPurpose =
    accepted.length === 0 ||
    replaces ||
    ownTrip ||
    (previous?.purpose && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and(?:\s+to)?$/.test(left));
  // A discussion as purpose ("met … at Camp David to discuss …", "held a call … to discuss …")
  // is the participants' `other` (gold README, session 8); only a held meeting has one: "will
  // meet to discuss" is no stance yet, but a preview's "will meet with [hosts] to discuss" has
  // its purpose for its stance (previewMeeting.ts).
  // ("will be in New Delhi to continue our consultations …", "I am in Kyiv today to meet …": a
  // trip announced by where the traveller will be, or is, has its purposes for its stance too.)
  const preview =
    (/^\s+meet\s+with\s/i.test(purpose[0]) &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall)(?:\s+also)?$/i.test(left.slice(0, purpose.index))) ||
    /^\s+(?:(?:will|shall)\s+be|am|is|are)\s+in\s/i.test(purpose[0]) ||
    trip;
  if (!firstPurpose || (trigger.stance === 'other' && !pastMeeting && !preview)) {
    return undefined;
  }
  // (A trip's subject stands before its "will (also/first)": "President Biden will first travel".)
  const modal = left.slice(0, purpose.index).search(/(?:will|shall)(?:\s+[a-zß-öø-ɏḀ-ỿ]+)?$/i);
  const subjectEnd = trip && modal >= 0 ? modal : purpose.index;
  const met = subjectBefore(context, sentence, hits, subjectEnd);
  if (!met || met.actors.length === 0) return undefined;
  // "We, the Leaders of the G7, met with President Zelenskyy to reaffirm our support": a
  // first-person statement speaks for its signatories only, not for the guest met.
  // ("I spoke with President Zelenskyy today to reaffirm this message": the speaker's own stance,
  // gold 2024-08-23; "I spoke with President Zelenskyy to discuss …" stays a discussion of both.)
  const opening = sentence.text.slice(0, met.end);
  const firstPerson =
    /^(?:[^,;]*,\s*)?we(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(opening) ||
    (trigger.stance !== 'other' && /^(?:[^,;]*,\s*)?I(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(opening));
  const withAt = purpose[0].search(/\swith\s/i);
  const hosts =
    preview && withAt >= 0
      ? hostCountries(sentence, hits, {
          start: purpose.index + withAt,
          end: purpose.index + purpose[0].length,
        })
      : [];
  const actors = [
    ...met.actors,
    ...(firstPerson ? [] : [...partners(sentence, hits, purpose, trigger), ...hosts]),
  ];
  const accept = { trigger, subject: met, actors: [...new Set(actors)], purpose: true };
  const decided = meeting ? accept : { ...accept, occasion: true };
  return replaces ? { accept: decided, replace: true } : { accept: decided };
}
