/**
 * Who met, from the sentence of a statement's opening that says so: the officials named, the
 * countries of unnamed but placed officials, a grouping met with, a closing list's participants.
 */

import { GROUPS } from './commitments/groups';
import { MEETING_VERB } from './entities/meeting';
import { counterpartCountries } from './listedParties';
import { namedCaller, PARTICIPANTS } from './meetingSentence';
import { leadersOfOpening } from './openingParties';
import { listedParticipants } from './participantLists';
import type { SegmentedSentence } from './segment';
import type { EntityHit } from './types';

export interface MeetingOfficials {
  meetingSentence: SegmentedSentence | undefined;
  /** Officials (and unnamed counterparts' countries) who met. */
  officials: string[];
  /** Participants a closing list names (listedParties.ts). */
  listed: Set<string>;
  /** The sides an opening "the leaders of A and B" names (openingParties.ts). */
  leadersOf: string[];
}

/**
 * A title whose speaker is named: "Statement by/from", "Remarks by", a presidential message, a
 * proclamation, a message to the Congress.
 */
export function isStatementBy(title: string): boolean {
  return STATEMENT_BY.test(title.trim());
}

const STATEMENT_BY =
  /^(?:Statement|Remarks) (?:by|from)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Presidential Message(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|^A Proclamation(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|^A Message to the Congress(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

export function meetingOfficials(
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  represents: Map<string, string>,
  statementBy: boolean,
): MeetingOfficials {
  const officialsIn = (sentence: SegmentedSentence) => [
    ...new Set(
      (hitsBySentence.get(sentence.index) ?? [])
        .filter((hit) => hit.type === 'Official')
        .map((hit) => hit.entityId),
    ),
  ];
  // "The National Security Advisors of the United States and Pakistan met": officials unnamed but
  // placed, as their countries (listedParties.ts).
  const unnamedCounterparts = (sentence: SegmentedSentence) =>
    counterpartCountries(hitsBySentence.get(sentence.index) ?? [], sentence.text, sentence.start);
  const early = sentences.slice(0, 6);
  // "Statement by NSC Spokesperson …": officials the statement recalls ("It follows President
  // Biden's meeting with …") are not its speakers; only a sentence saying they met makes them so.
  // A presidential message ("America 250 Presidential Message on the Anniversary of General
  // Cornwallis’s Surrender") is the President's own: the officials its narrative names are not.
  // A proclamation and a message to the Congress are the President's own in the same way.
  const meetingSentence =
    early.find(
      (s) => (MEETING_VERB.test(s.text) || namedCaller(s.text)) && officialsIn(s).length > 0,
    ) ??
    (statementBy ? undefined : early.find((s) => officialsIn(s).length > 1)) ??
    // Only where no official is named: a later "met with officials from Fiji, …" is no opening.
    early.find((s) => MEETING_VERB.test(s.text) && unnamedCounterparts(s).length > 0);
  // "…, the leaders of the GCC member states and the United States met": the parties the
  // subject names are the sides; the official who invited them is no party apart (openingParties.ts).
  const leadersOf = leadersOfOpening(early, hitsBySentence, meetingSentence);
  const officials = meetingSentence && leadersOf.length === 0 ? officialsIn(meetingSentence) : [];
  // "In addition to the Vice President, the meeting included: Prime Minister Kishida of Japan, …":
  // the participants the next sentences list are parties too.
  if (meetingSentence) {
    for (const s of sentences.slice(meetingSentence.index + 1, meetingSentence.index + 3)) {
      if (!PARTICIPANTS.test(s.text)) continue;
      for (const id of officialsIn(s)) if (!officials.includes(id)) officials.push(id);
    }
  }
  const listed = new Set(
    meetingSentence ? listedParticipants(sentences, hitsBySentence, meetingSentence.index) : [],
  );
  if (meetingSentence) {
    const hits = hitsBySentence.get(meetingSentence.index) ?? [];
    for (const id of groupMet(meetingSentence, hits))
      if (!officials.includes(id)) officials.push(id);
    // "The leaders of the United States and Israel, President Biden and Prime Minister Lapid,
    // met": a country whose official took part is already there (gold 2022-07-14 Jerusalem).
    // The sides an opening "the leaders of A and B" names are signatories, not unnamed guests.
    const placed = new Set([...officials.map((id) => represents.get(id)), ...leadersOf]);
    const unnamed = [
      ...counterpartCountries(hits, meetingSentence.text, meetingSentence.start),
      ...listed,
    ];
    for (const id of unnamed) if (!officials.includes(id) && !placed.has(id)) officials.push(id);
  }
  return { meetingSentence, officials, listed, leadersOf };
}

/** "met virtually with G7 Leaders", "met with the leaders of the Quad": the group met, as its head. */
const WITH_GROUP =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])with\s+(?:(?:the\s+)?(?:other\s+)?leaders\s+of\s+)?(?:the\s+)?$/i;

/**
 * "President Biden met virtually with G7 Leaders. … Leaders discussed …": the unnamed leaders of
 * a grouping (data/rules/groups.json `members`) met with are participants too, as their countries,
 * so "Leaders" and "They" are the President and the group, not the President alone.
 */
function groupMet(sentence: SegmentedSentence, hits: EntityHit[]): string[] {
  return hits.flatMap((hit) => {
    const members = GROUPS.members.get(hit.entityId);
    if (!members || hit.nested) return [];
    return WITH_GROUP.test(sentence.text.slice(0, hit.start - sentence.start)) ? [...members] : [];
  });
}
