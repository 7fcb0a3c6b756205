/**
 * A document's entities before its commitments (extract.ts, first step): the names recognised in
 * its sentences and headings, its parties and officials, the groupings they form, the meeting its
 * title names, and a mention per recognised name. The registry is filled in text order, so entity
 * order (and with it the extraction's output) does not depend on how later steps are split.
 */
import type { Mention } from '../../contract/extraction';
import { findAlliances } from '../entities/alliance';
import { bilateralBodies } from '../entities/bilateralBodies';
import { findCollectiveSubjects } from '../entities/collectiveSubjects';
import { resolveDatedOfficials } from '../entities/datedOfficials';
import { eventPhraseAliases } from '../entities/eventPhrases';
import { findForumParts } from '../entities/forumParts';
import { hyphenAlliances } from '../entities/hyphenAlliances';
import { declareTitleMeeting, ownMeetingMentions } from '../entities/meeting';
import { meetingDays } from '../entities/meetingDay';
import { meetingInTitle } from '../entities/meetingInTitle';
import type { OfficialFinding } from '../entities/officials';
import { pairAlliances } from '../entities/pairAlliances';
import { findPartnership } from '../entities/partnership';
import { type Recognition, recognise } from '../entities/recognise';
import { EntityRegistry } from '../entities/registry';
import { sharedBorders } from '../entities/sharedBorders';
import { titledAliases } from '../entities/titledAliases';
import { declareTitleInstruments, instrumentsInTitle } from '../entities/titleInstruments';
import { splitMeetingsInTitle } from '../entities/titleSplitMeetings';
import { tripInTitle } from '../entities/titleTrips';
import { sentenceId } from '../ids';
import type { Lexicon } from '../lexicon';
import { addTitleSpeakers, officialsRepresenting } from '../officialAttributes';
import { findParties, type Parties } from '../parties';
import type { Paragraph, SegmentedSentence } from '../segment';
import { readoutVoices, signatureOfficials, titleSpeakers } from '../titleSigners';
import { findComplementNominals } from '../topics/complementNominal';
import { findConflictAnaphors } from '../topics/conflictAnaphor';
import { nameEarlierConcepts } from '../topics/earlierNames';
import { findPairRelations, relationParties } from '../topics/pairRelation';
import { findPartnerCoordination } from '../topics/partnerCoordination';
import { findScopeRelations } from '../topics/scopeRelation';
import { findSupportFor } from '../topics/supportFor';
import { dropTalkFrames } from '../topics/talkFrames';

export interface DocumentEntities {
  recognition: Recognition;
  parties: Parties;
  /** Official → the country it represents. */
  represents: Map<string, string>;
  officialAttributes: Map<string, Record<string, string>>;
  /** The officials the title names as speakers. */
  speakers: OfficialFinding[];
  registry: EntityRegistry;
  titleMeeting: { id: string; name: string } | undefined;
  mentions: Mention[];
  /** Unnamed collectives read from subjects, kept only where they act (collectiveSubjects.ts). */
  collectives: ReadonlySet<string>;
}

export function documentEntities(
  lexicon: Lexicon,
  basename: string,
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: SegmentedSentence[],
  title: string,
  date: string | undefined,
): DocumentEntities {
  const headings = paragraphs
    .filter((p) => p.heading)
    .map((p) => ({ text: p.text, start: p.start }));
  const recognition = recognise(lexicon, text, sentences, headings, title, date);
  const { represents, officialAttributes } = officialsRepresenting(
    lexicon,
    recognition,
    sentences,
    title,
  );

  const parties = findParties(
    lexicon,
    sentences,
    recognition.hitsBySentence,
    represents,
    title,
    date,
  );
  findAlliances(lexicon, sentences, recognition.hitsBySentence, parties.signatories);
  pairAlliances(lexicon, sentences, recognition.hitsBySentence);
  hyphenAlliances(lexicon, sentences, recognition.hitsBySentence);
  bilateralBodies(lexicon, sentences, recognition.hitsBySentence, parties.signatories);
  // A statement naming its own strategic partnership writes "our partnership" for that one.
  if (!findPartnership(sentences, recognition.hitsBySentence))
    findPairRelations(
      lexicon,
      sentences,
      recognition.hitsBySentence,
      relationParties(lexicon, title, sentences, recognition.hitsBySentence, parties.signatories),
    );
  findScopeRelations(lexicon, sentences, recognition.hitsBySentence, parties.signatories);
  findSupportFor(sentences, recognition.hitsBySentence);
  findForumParts(lexicon, title, sentences, recognition.hitsBySentence);
  const collectives = findCollectiveSubjects(sentences, recognition.hitsBySentence);
  dropTalkFrames(sentences, recognition.hitsBySentence);
  findPartnerCoordination(lexicon, sentences, recognition.hitsBySentence);
  findConflictAnaphors(lexicon, sentences, recognition.hitsBySentence, date);
  nameEarlierConcepts(lexicon, recognition.hitsBySentence, date);
  findComplementNominals(sentences, recognition.hitsBySentence);
  sharedBorders(lexicon, sentences, recognition.hitsBySentence, parties.signatories);

  const registry = new EntityRegistry(lexicon);
  // The meeting (or the trip) the title names, declared before its lowercase descriptions become
  // its aliases.
  // A meeting is named by its own day when the sentence saying who met gives it; a trip spans days.
  // A visit the title names is hosted on one day, which a preview's opening sentence gives ("On
  // March 15, President Joe Biden will host …"): the gold names a dated visit by that day.
  const meetingName = meetingInTitle(lexicon, title);
  const trip = meetingName ? undefined : tripInTitle(title, text);
  const daySentence = meetingName
    ? parties.meetingSentence
    : trip?.startsWith('Visit ')
      ? sentences[0]
      : undefined;
  const days = date && daySentence ? meetingDays(daySentence.text, date) : undefined;
  const titleMeeting = declareTitleMeeting(
    registry,
    meetingName ?? trip,
    days?.day ?? date,
    days?.through,
  );
  // Several calls or meetings the title lists are an Event each, none of them the one reported.
  if (!titleMeeting)
    for (const name of splitMeetingsInTitle(title)) declareTitleMeeting(registry, name, date);
  ownMeetingMentions(
    sentences,
    recognition.hitsBySentence,
    titleMeeting,
    parties.meetingSentence?.index,
  );
  declareTitleInstruments(
    registry,
    instrumentsInTitle(title),
    [...recognition.hitsBySentence.values()].flat(),
  );
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    for (const hit of recognition.hitsBySentence.get(sentence.index) ?? []) {
      registry.addHit(hit);
      mentions.push({
        entityId: hit.entityId,
        sentenceId: sentenceId(basename, sentence.index),
        start: hit.start,
        end: hit.end,
        text: hit.text,
      });
    }
  }
  const hits = [...recognition.hitsBySentence.values()].flat();
  for (const [id, aliases] of titledAliases(text, hits, recognition.officials))
    for (const alias of aliases) registry.addAlias(id, alias);
  for (const [id, aliases] of eventPhraseAliases(text, recognition.hitsBySentence))
    for (const alias of aliases) registry.addAlias(id, alias);
  for (const [id, attributes] of officialAttributes) registry.setAttributes(id, attributes);
  const speakers = titleSpeakers(lexicon, title);
  resolveDatedOfficials(lexicon, speakers, [], date);
  addTitleSpeakers(
    lexicon,
    registry,
    [
      ...speakers,
      ...readoutVoices(lexicon, title),
      ...signatureOfficials(lexicon, headings, sentences),
    ],
    parties.signatories,
    represents,
    officialAttributes,
  );
  return {
    recognition,
    parties,
    represents,
    officialAttributes,
    speakers,
    registry,
    titleMeeting,
    mentions,
    collectives,
  };
}
