/**
 * A statement's signatories where neither its opening's "we" nor who met names them: the signers
 * the title names after its subject matter, the sides it names before it, the speaker's country,
 * the union of an institution's head, the forum a chair speaks for, the opening subject.
 */
import { chairForum } from './chairParties';
import { GROUPS } from './commitments/groups';
import { entityIdFor } from './entities/candidateAt';
import type { OfficialFinding } from './entities/officials';
import { laterPairOpening } from './laterPairOpening';
import type { Lexicon } from './lexicon';
import { countriesWithListedBodies } from './listedParties';
import { leadingSubject } from './openingParties';
import { SPEAKER_OFFICES, SUBJECT_MATTER } from './rules/speakers';
import type { SegmentedSentence } from './segment';
import { datedTitleOfficials, openingSides, titleHits } from './titleSides';
import { titleSignatories, titleSpeakers } from './titleSigners';
import type { EntityHit } from './types';

/** The signatories found so far (possibly none), completed from the title and the opening. */
export function signatoriesFromTitle(
  lexicon: Lexicon,
  title: string,
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  found: string[],
  date?: string,
): string[] {
  let signatories = found;
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
    ? datedTitleOfficials(lexicon, title.split(SUBJECT_MATTER, 1)[0] ?? title, date)
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
  if (signatories.length === 0) signatories = laterPairOpening(sentences, hitsBySentence);
  return signatories;
}

/** The countries of the title's speaker: a known official's, else an office's (data/rules/speakers.json). */
export function speakerCountries(
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
