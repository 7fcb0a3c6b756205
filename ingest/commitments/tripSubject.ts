/**
 * "The trip underscores the Biden Administration’s commitment to …", "The visit will reaffirm the
 * deep bonds …", "The Vice President’s trip delivers on the Administration’s commitment to …": a
 * trip or visit opening its sentence stands for its travellers when it carries a stance
 * (CONVENTIONS §5 By genre, "a trip standing for its travellers"; gold 2021-10-21, 2022-01-26,
 * 2022-04-27, 2023-05-25, 2023-08-02), but its remit is none ("This trip will advance …", s31).
 * The travellers are the officials who met or the statement's parties where two or more; in the
 * preview of one official's trip, that official: the last one named alone as a subject, else the
 * opening sentence's.
 */
import { gendered } from '../pronounActors';
import type { ActorContext, Subject } from '../resolveActors';
import { STANCES_COMPILED } from '../rules/stanceRules';
import { alternation } from '../rules/titles';
import { expandMembers } from './groups';
import { GUEST_VISIT_HEADS, TRIP_SUBJECT_HEADS } from './tripAgenda';

/**
 * The trip or visit ending the subject, at the opening (or after a fronted adjunct's comma); its
 * head one of trip-agenda.json `subjectHeads` ("the Vice President’s engagements in Munich will
 * demonstrate …", gold 2023-02-06). A place after the head ("in Munich", "to Ecuador") is part of
 * the subject: capitalised words only, so no clause of its own.
 */
const THE_TRIP = new RegExp(
  `(?:^|[,;:][”"’]?\\s*)((?:[Tt]his|[Tt]he|[Tt]oday[’']s|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\\s+){0,4}?(?:${alternation(TRIP_SUBJECT_HEADS)})(?:\\s+(?:in|to)\\s+(?:the\\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:,?\\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*){0,3})?)$`,
);

/**
 * A guest's visit with no traveller's possessive: "The visit", "This Official Visit" (not "The
 * Vice President’s visit", "her visit").
 */
const GUEST_VISIT = new RegExp(
  `^(?:[Tt]his|[Tt]he|[Tt]oday[’']s)\\s+(?:(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]+[’']s?\\s)[\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]+\\s+){0,4}?(?:${alternation(GUEST_VISIT_HEADS)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/** The verb after the trip: a modal and adverbs before it are passed over. */
const VERB_AFTER = /^(?:(?:will|would|also|further|again|once|today)\s+)*([a-zß-öø-ɏḀ-ỿ-]+)/i;

/** Whether the verb after the subject is a stance verb or a stance-carrying engagement verb. */
function carriesStance(after: string): boolean {
  const verb = VERB_AFTER.exec(after)?.[1]?.toLowerCase();
  if (!verb) return false;
  return STANCES_COMPILED.forms.has(verb) || STANCES_COMPILED.engagementVerbs.has(verb);
}

/** Possessives that say the traveller's gender, as "she" and "he" do. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['her', 'she'],
  ['his', 'he'],
]);

/**
 * The one traveller: the last person named alone, else the opening subject; for "her trip" /
 * "his visit" not one the document shows to be of the other gender (as a "she" or "he" subject,
 * pronounActors.ts: "… met Prime Minister Kishida. Her visit underscores …" is not his).
 */
function onePerson(context: ActorContext, subject: string): string[] {
  const usual = context.lastPerson ?? context.openingPerson ?? [];
  const pronoun = POSSESSIVE_PRONOUNS.get(subject.split(/\s/, 1)[0]!.toLowerCase());
  return pronoun && usual.length > 0 ? gendered(context, pronoun, usual, []) : usual;
}

/**
 * The travellers of a trip subject; none where the subject is no trip, or a trip that carries no
 * stance (its remit: no commitment).
 */
export function tripSubject(
  context: ActorContext,
  trimmed: string,
  after: string,
): Subject | undefined {
  const match = THE_TRIP.exec(trimmed);
  if (!match) return undefined;
  if (!carriesStance(after)) return undefined;
  // "President Biden looks forward to welcoming Prime Minister Draghi … The visit will reaffirm
  // …": a guest's visit stands for host and guest, the pair last named (trip-agenda.json).
  const hosted =
    context.lastNamed && context.lastNamed.length > 1 && GUEST_VISIT.test(match[1]!)
      ? context.lastNamed
      : undefined;
  const actors =
    context.officials.length > 1
      ? context.officials
      : context.signatories.length > 1
        ? context.signatories
        : (hosted ?? onePerson(context, match[1]!));
  if (actors.length === 0) return undefined;
  return {
    actors: expandMembers(actors, context.members),
    start: trimmed.length - match[1]!.length,
    end: trimmed.length,
  };
}
