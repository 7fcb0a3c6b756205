/**
 * The parties of a statement: the officials of the sentence that says who met, and the
 * countries in whose name it speaks (their countries; else the countries the title names, as in
 * "Joint Statement of the United States and Japan"; else the first sentence's countries or body).
 */
import { chairedBodies, chairForum } from './chairParties';
import { GROUPS } from './commitments/groups';
import { entityIdFor } from './entities/candidateAt';
import { MEETING_VERB } from './entities/meeting';
import { findOfficials, type OfficialFinding } from './entities/officials';
import type { Lexicon } from './lexicon';
import {
  counterpartCountries,
  countriesWithListedBodies,
  firstPersonList,
  withoutGuests,
} from './listedParties';
import { namedCaller, PARTICIPANTS } from './meetingSentence';
import {
  appositiveParties,
  leadersOfOpening,
  leadingSubject,
  WE_THE_OPENING,
} from './openingParties';
import { listedParticipants } from './participantLists';
import { SPEAKER_OFFICES, SUBJECT_MATTER } from './rules/speakers';
import type { SegmentedSentence } from './segment';
import {
  addSides,
  addTitleOfficialSides,
  JOINT_STATEMENT,
  openingSides,
  titleHits,
  titleSides,
} from './titleSides';
import { titleSignatories, titleSpeakers } from './titleSigners';
import type { EntityHit } from './types';

export interface Parties {
  officials: string[];
  signatories: string[];
  meetingSentence?: SegmentedSentence;
}

/** Officials who met (from the sentence saying so) and the countries they represent. */
export function findParties(
  lexicon: Lexicon,
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  represents: Map<string, string>,
  title: string,
): Parties {
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
  const statementBy =
    /^(?:Statement|Remarks) (?:by|from)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Presidential Message(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|^A Proclamation(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|^A Message to the Congress(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(
      title.trim(),
    );
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
  // "We(,) the Leaders of the Group of Seven (G7) met today with President Zelenskyy": the
  // appositive names the speakers; the officials they met are guests, not signatories.
  // ("At the third Summit for Democracy, Finland … joined this commitment. … We, the governments
  // of Australia, …, and the United States, recognize …": it may follow a short preface.)
  const weSentence = sentences.slice(0, 3).find((s) => firstPersonAppositive(s.text));
  const weOpening = weSentence
    ? appositiveParties(weSentence, hitsBySentence.get(weSentence.index) ?? [])
    : [];
  // A leader signing a joint statement as chair of a body signs for it (chairParties.ts).
  const chairs =
    meetingSentence &&
    !statementBy &&
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])readout(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(title)
      ? chairedBodies(lexicon, meetingSentence, hitsBySentence.get(meetingSentence.index) ?? [])
      : new Map<string, string>();
  let signatories =
    weOpening.length > 0
      ? weOpening
      : leadersOf.length > 0
        ? [...leadersOf]
        : [
            ...new Set(
              officials
                // A closing list's participants took part in a readout its own side issues.
                .filter((id) => !listed.has(id))
                .map((id) => chairs.get(id) ?? represents.get(id))
                .filter((id): id is string => !!id),
            ),
          ];
  // A joint statement's guests: countries of officials the title names no side of (listedParties.ts).
  if (weOpening.length === 0 && leadersOf.length === 0 && JOINT_STATEMENT.test(title))
    signatories = withoutGuests(signatories, titleSides(lexicon, title), GROUPS.members);
  // "Statement by President Joe Biden on …": "When Prime Minister Al-Kadhimi and I met …" recalls
  // a meeting with the speaker in it; "we" stays the speaker's country, not the guest's.
  // "Statement from President Joe Biden on Travel to Kyiv" ("I am in Kyiv today to meet with
  // President Zelenskyy"), "Statement by NSC Spokesperson … on … Travel to Ghana and Senegal":
  // the guests met are no side of a statement that names its speaker, whose country it speaks
  // for; the other side of a meeting it reports stays beside it.
  const recalled = !!meetingSentence && FIRST_PERSON_PARTICIPANT.test(meetingSentence.text);
  if (statementBy && (recalled || signatories.length > 0)) {
    const speaker = title.split(SUBJECT_MATTER, 1)[0] ?? title;
    const own = speakerCountries(lexicon, speaker, titleHits(lexicon, speaker).chosen);
    if (own.length > 0 && (recalled || !own.some((id) => signatories.includes(id))))
      signatories = own;
  }
  // "Joint Statement on F-16s for Ukraine from U.S. President …, Dutch Prime Minister …": the
  // signers named after the subject matter, less those the opening sets against "we".
  if (signatories.length === 0)
    signatories = titleSignatories(lexicon, title, sentences, hitsBySentence);
  if (signatories.length === 0) {
    // "Joint Statement of the United States and Japan": the title names the parties; in
    // "Statement by … on the DPRK's Launch" the countries after "on" are the subject matter.
    const speaker = title.split(SUBJECT_MATTER, 1)[0] ?? title;
    const { chosen } = titleHits(lexicon, speaker);
    // ("U.S.-ASEAN Leaders Dialogue in Jakarta, Indonesia": the sides it opens on, not the venue.)
    const openedOn = openingSides(lexicon, title);
    signatories = openedOn.length > 0 ? openedOn : countriesWithListedBodies(chosen, speaker, 0);
    // "Statement from NSC Spokesperson … on the DPRK's Launch": the office speaks for its
    // country, never the country the statement is about.
    if (signatories.length === 0) signatories = speakerCountries(lexicon, speaker, chosen);
    // "G7 Leaders’ Statement on Economic Resilience …" opening "Fostering … remains our
    // priority": a grouping with members (groups.json) the title names before the subject
    // matter is who "we" is.
    if (signatories.length === 0)
      signatories = [
        ...new Set(chosen.map((h) => h.entityId).filter((id) => GROUPS.members.has(id))),
      ];
  }
  // "Joint Statement by President Biden and Prime Minister Trudeau": a leader the lexicon
  // gives no country leaves its side out; the opening subject ("The United States and Canada
  // celebrate …") names both sides.
  const titleOfficials = JOINT.test(title)
    ? findOfficials(lexicon, title.split(SUBJECT_MATTER, 1)[0] ?? title, 0)
    : [];
  // "Joint Statement by President Biden and President von der Leyen": the head of an
  // institution signs for the union it belongs to (groups.json `institutions`), whose side
  // the opening may never name ("Following the further invasion of Ukraine, Russia …").
  // So does one of the speakers of "Statement from President Biden and President von der Leyen
  // on …": two named as its speakers sign it together (gold 2022-05-12: "both sides" is the two).
  const speakers = titleSpeakers(lexicon, title);
  for (const official of [...titleOfficials, ...(speakers.length > 1 ? speakers : [])]) {
    const side = institutionOf(lexicon, official);
    if (side && !signatories.includes(side)) signatories.push(side);
  }
  // (An institution's head has her side already: the opening may name the adversary.)
  if (titleOfficials.some((o) => unplaced(lexicon, o) && !institutionOf(lexicon, o))) {
    const opening = sentences[0]
      ? leadingSubject(sentences[0], hitsBySentence.get(sentences[0].index) ?? [])
      : [];
    for (const id of opening)
      if (lexicon.entities.get(id)?.type === 'Country' && !signatories.includes(id))
        signatories.push(id);
  }
  // "Chair’s Statement on the APEC Economic Leaders’ Meeting": the forum met (chairParties.ts).
  if (signatories.length === 0) signatories = chairForum(lexicon, title);
  if (signatories.length === 0 && sentences[0]) {
    const first = hitsBySentence.get(sentences[0].index) ?? [];
    // "The United States strongly condemns the DPRK's …": the opening subject speaks.
    const opening = leadingSubject(sentences[0], first);
    const actors = first.filter((h) => !h.adjectival && !h.nested);
    const countries = actors.filter((h) => h.type === 'Country');
    const bodies = actors.filter((h) => h.type === 'Organization');
    // "We are committed to providing Ukraine with …": a sentence whose subject is "we" names
    // the countries it acts on, not its speakers; better no party than the recipient's.
    // A body listed among the countries ("Estonia, European Union, France") is one of them.
    const named = FIRST_PERSON_OPENING.test(sentences[0].text)
      ? []
      : countries.length
        ? countriesWithListedBodies(actors, sentences[0].text, sentences[0].start)
        : [...new Set(bodies.map((h) => h.entityId))];
    signatories = opening.length > 0 ? opening : named;
  }
  // ("U.S.-EU Summit Statement" is as joint, its sides those it opens on: titleSides.ts.)
  const joint = JOINT_STATEMENT.test(title);
  const openedOn = joint ? [] : openingSides(lexicon, title);
  if (joint || openedOn.length > 0) {
    addSides(
      lexicon,
      title,
      sentences[0],
      hitsBySentence,
      signatories,
      joint ? undefined : openedOn,
    );
    addTitleOfficialSides(lexicon, title, signatories);
    // An early subject listing every side found and more, speaking as "we" (listedParties.ts).
    for (const s of sentences.slice(0, 3)) {
      const listed = firstPersonList(hitsBySentence.get(s.index) ?? [], s.text, s.start);
      if (listed.length <= signatories.length) continue;
      if (signatories.every((id) => listed.includes(id))) {
        for (const id of listed) if (!signatories.includes(id)) signatories.push(id);
        break;
      }
    }
  }
  return { officials, signatories, ...(meetingSentence ? { meetingSentence } : {}) };
}

/** The countries of the title's speaker: a known official's, else an office's (data/rules/speakers.json). */
function speakerCountries(
  lexicon: Lexicon,
  speaker: string,
  hits: ReturnType<typeof titleHits>['chosen'],
): string[] {
  const officials = hits
    .filter((h) => h.type === 'Official')
    .map((h) => lexicon.entities.get(h.entityId)?.represents)
    .filter((id): id is string => !!id);
  if (officials.length > 0) return [...new Set(officials)];
  const office = SPEAKER_OFFICES.find((entry) => entry.pattern.test(speaker));
  return office ? [office.country] : [];
}

/** A title of a statement several sides make. */
const JOINT = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Joint(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** The union an unplaced official's institution belongs to (the European Commission's: the EU). */
function institutionOf(lexicon: Lexicon, official: OfficialFinding): string | undefined {
  if (!unplaced(lexicon, official)) return undefined;
  const body = lexicon.entities.get(official.candidate.entityId)?.attributes?.organization;
  return body ? GROUPS.institutions.get(entityIdFor('Organization', body)) : undefined;
}

/** An official the title names with no country, known or said ("Prime Minister Trudeau"). */
function unplaced(lexicon: Lexicon, official: OfficialFinding): boolean {
  return !official.countryId && !lexicon.entities.get(official.candidate.entityId)?.represents;
}

/** A sentence whose subject is "we" ("We are committed to …", "Today, we …"). */
const FIRST_PERSON_OPENING = /^\s*(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+,\s+)?[Ww]e\s+(?!,)/;

/** The speaker among who met: "X and I met", "I spoke with X". */
const FIRST_PERSON_PARTICIPANT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and I|I)\s+(?:(?:also|have|had|just)\s+)?(?:met|spoke|speak|meet)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

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

/**
 * A statement opening "We, the Leaders of …" (the comma is often left out), possibly after a short
 * fronted adjunct, with a name next.
 */
function firstPersonAppositive(text: string): boolean {
  const opening = WE_THE_OPENING.exec(text);
  return !!opening && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(text.slice(opening[0].length));
}
