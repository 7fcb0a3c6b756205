/**
 * The parties of a statement: the officials of the sentence that says who met, and the
 * countries in whose name it speaks (their countries; else the countries the title names, as in
 * "Joint Statement of the United States and Japan"; else the first sentence's countries or body).
 */
import { chairedBodies } from './chairParties';
import { GROUPS } from './commitments/groups';
import type { Lexicon } from './lexicon';
import { firstPersonList, withoutGuests } from './listedParties';
import { isStatementBy, meetingOfficials } from './meetingOfficials';
import { appositiveForums, appositiveParties, WE_THE_OPENING } from './openingParties';
import { SUBJECT_MATTER } from './rules/speakers';
import type { SegmentedSentence } from './segment';
import { signatoriesFromTitle, speakerCountries } from './titleParties';
import {
  addSides,
  addTitleOfficialSides,
  JOINT_STATEMENT,
  openingSides,
  titleHits,
  titleSides,
} from './titleSides';
import type { EntityHit } from './types';

export interface Parties {
  officials: string[];
  signatories: string[];
  meetingSentence?: SegmentedSentence;
  /** The forum a "We, the Principals of A and B of the Group" opening names (openingParties.ts). */
  forums?: string[];
}

/** Officials who met (from the sentence saying so) and the countries they represent. */
export function findParties(
  lexicon: Lexicon,
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  represents: Map<string, string>,
  title: string,
  /** The document's date (ISO): a title's titled surname is the official in office then. */
  date?: string,
): Parties {
  const statementBy = isStatementBy(title);
  const { meetingSentence, officials, listed, leadersOf } = meetingOfficials(
    sentences,
    hitsBySentence,
    represents,
    statementBy,
  );

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
  signatories = signatoriesFromTitle(lexicon, title, sentences, hitsBySentence, signatories, date);
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
    addTitleOfficialSides(lexicon, title, signatories, date);
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
  const forums = weSentence
    ? appositiveForums(weSentence, hitsBySentence.get(weSentence.index) ?? [])
    : [];
  return {
    officials,
    signatories,
    ...(meetingSentence ? { meetingSentence } : {}),
    ...(forums.length > 0 ? { forums } : {}),
  };
}

/** The speaker among who met: "X and I met", "I spoke with X". */
const FIRST_PERSON_PARTICIPANT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and I|I)\s+(?:(?:also|have|had|just)\s+)?(?:met|spoke|speak|meet)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * A statement opening "We, the Leaders of …" (the comma is often left out), possibly after a short
 * fronted adjunct, with a name next.
 */
function firstPersonAppositive(text: string): boolean {
  const opening = WE_THE_OPENING.exec(text);
  return !!opening && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(text.slice(opening[0].length));
}
