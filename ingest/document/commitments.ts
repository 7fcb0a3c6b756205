/**
 * The commitments of a document, sentence by sentence (extract.ts, third step), carrying along
 * what a later sentence leans on: "They"/"He" context, the stance of the sentence before (a
 * "This includes …" continuation) and a stance lead-in whose list items follow.
 */
import type { Commitment, SkippedTriggerRecord } from '../../contract/extraction';
import { forgetAfterThingSubject } from '../commitments/carryOver';
import { carriedStance, type PreviousStance } from '../commitments/continuation';
import { speakingInitiative } from '../commitments/initiativeSubject';
import { type LeadIn, listItem, nextLeadIn } from '../commitments/listItems';
import { groupMembers } from '../commitments/members';
import { modalLeadIn } from '../commitments/modalLeadIn';
import { operativeLeadIn } from '../commitments/operative';
import { statementBodies } from '../commitments/ownBody';
import { withOwnSpouses } from '../commitments/ownSpouse';
import { partiesMet } from '../commitments/partiesMet';
import { treatyOpening } from '../commitments/preamble';
import type { SkippedTrigger } from '../commitments/speakers';
import { standingBodies } from '../commitments/standingBody';
import { statementPartner } from '../commitments/statementPartner';
import { delegationCountry, ownDelegation, speakersDelegation } from '../commitments/theDelegation';
import { linkWelcomedVisit } from '../commitments/welcomedVisit';
import { privateBodyIds } from '../entities/privateBodies';
import type { EntityRegistry } from '../entities/registry';
import { extractCommitments } from '../extractCommitments';
import { sentenceId } from '../ids';
import type { Lexicon } from '../lexicon';
import { documentGenders } from '../personGender';
import { openingPerson } from '../pronounActors';
import type { ActorContext } from '../resolveActors';
import { HONORIFICS, SPOUSE_OFFICES } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import { findTriggers } from '../stances';
import type { EntityHit } from '../types';
import type { DocumentEntities } from './entities';

/**
 * Whether an official named beside others can be who "the leaders" or "The visit" stands for: no
 * leader's spouse ("First Lady Jill Biden"), and neither a courtesy title alone ("Mrs. Kishida
 * Yuko") nor a name with no office in the text or the lexicon ("the arbitrary detention of Michael
 * Kovrig and Michael Spavor", "Aleksey Navalny": gold 2021-02-23) unless the text gives a country.
 */
function holdsOffice(lexicon: Lexicon, context: ActorContext, id: string): boolean {
  const title = context.titles?.get(id) || (lexicon.entities.get(id)?.attributes?.title ?? '');
  if (SPOUSE_OFFICES.has(title)) return false;
  if (context.countryOf?.has(id)) return true;
  return title !== '' && !HONORIFICS.has(title);
}

export interface DocumentCommitments {
  commitments: Commitment[];
  skipped: SkippedTriggerRecord[];
}

/** A title of a statement several sides issue ("Joint Readout of …", "U.S.-EU Joint Statement"). */
const JOINT_TITLE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Joint(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** Who the document's unnamed subjects can stand for, before its first sentence is read. */
function actorContext(
  lexicon: Lexicon,
  title: string,
  sentences: readonly SegmentedSentence[],
  found: DocumentEntities,
  date: string | undefined,
): ActorContext {
  const { parties, speakers, represents, officialAttributes, recognition } = found;
  return {
    signatories: parties.signatories,
    officials: parties.officials,
    speakers: [...new Set(speakers.map((official) => official.candidate.entityId))],
    represented: new Set(represents.values()),
    countryOf: withOwnSpouses(lexicon, represents, officialAttributes, parties.signatories),
    titles: new Map(
      [...officialAttributes].map(([id, attributes]) => [id, attributes.title ?? '']),
    ),
    ...groupMembers(lexicon, recognition.hitsBySentence, parties.signatories),
    // The forum the parties' "we" opening names acts in its own clauses, as the title's body.
    bodies: new Map([
      ...statementBodies(title, sentences, recognition.hitsBySentence),
      ...(parties.forums ?? []).map((id) => [id, id] as const),
    ]),
    initiative: speakingInitiative(title, recognition.hitsBySentence, parties.signatories),
    partiesMet: partiesMet(sentences, recognition.hitsBySentence, parties.signatories),
    standing: standingBodies(title, sentences, recognition.hitsBySentence),
    // Present even when undefined: one object shape for every document's context (below).
    openingPerson: openingPerson(parties.officials, sentences, recognition.hitsBySentence),
    genders: documentGenders(
      [...recognition.officials, ...speakers],
      [...recognition.hitsBySentence.values()]
        .flat()
        .filter((hit) => hit.type === 'Official')
        .map((hit) => hit.entityId),
      (id) => lexicon.entities.get(id)?.name,
      (id) => represents.get(id),
    ),
    documentDate: date,
    delegation:
      delegationCountry(sentences, recognition.hitsBySentence) ??
      speakersDelegation(speakers, parties.signatories) ??
      ownDelegation(sentences, parties.signatories),
    treatyPreamble: treatyOpening(sentences),
    jointTitle: JOINT_TITLE.test(title),
    partner: statementPartner(lexicon, title, parties.signatories, represents),
    privateBodies: privateBodyIds(sentences, recognition.hitsBySentence, lexicon),
    // Declared now, though set only as sentences are read: every document's context then has
    // one object shape, and the functions reading it are not deoptimised by a new field order.
    lastPlural: undefined,
    lastSingular: undefined,
    lastPerson: undefined,
    lastNamed: undefined,
  };
}

/**
 * A heading that names a party ("Addressing the North Korean Threat") says whose conduct the
 * section's unnamed references are about ("the abductees issue"); a heading's theme ("Upholding
 * the Rules-Based International Order", "Climate Change") is the section's title, and its sentences
 * name their own topics (the blind gold never links a heading's theme). A region in a heading is a
 * theme too ("Beyond the Korean Peninsula", "A Partnership for the Pacific, the Indo-Pacific, and
 * the World"): no gold sentence takes it from there. Each is registered with its heading's hit.
 */
function sectionEntities(
  sentence: SegmentedSentence,
  headingHits: ReadonlyMap<string, EntityHit[]>,
  registry: EntityRegistry,
): string[] {
  if (!sentence.section) return [];
  const inHeading = headingHits.get(sentence.section) ?? [];
  const ids = [
    ...new Set(
      inHeading.filter((h) => h.type !== 'Topic' && h.type !== 'Region').map((h) => h.entityId),
    ),
  ];
  for (const id of ids) registry.addHit(inHeading.find((h) => h.entityId === id)!);
  return ids;
}

export function documentCommitments(
  lexicon: Lexicon,
  docId: string,
  basename: string,
  title: string,
  sentences: readonly SegmentedSentence[],
  found: DocumentEntities,
  date: string | undefined,
): DocumentCommitments {
  const { recognition, registry } = found;
  const context = actorContext(lexicon, title, sentences, found, date);
  const commitments: Commitment[] = [];
  const skipped: SkippedTriggerRecord[] = [];
  // The last stance of the sentence before, for a "This includes …" continuation.
  let previous: PreviousStance | undefined;
  // The stance lead-in whose list items follow ("jointly committed to the following actions:").
  let leadIn: LeadIn | undefined;
  // The stance triggers of every sentence first, one pass over the document: the trigger finder
  // keeps its frames and word sets in the CPU caches (entities/textFinds.ts says why).
  const triggers = sentences.map((sentence) => findTriggers(sentence.text));
  for (const [i, sentence] of sentences.entries()) {
    const hits = recognition.hitsBySentence.get(sentence.index) ?? [];
    const section = sectionEntities(sentence, recognition.headingHits, registry);
    const reasons: SkippedTrigger[] = [];
    const item = listItem(sentence, leadIn, hits);
    // "WE HEREBY DECLARE:": the formula opens the operative list and takes no stance itself.
    const declared = operativeLeadIn(sentence, context, hits);
    const found = extractCommitments(
      {
        docId,
        basename,
        sentence,
        hits,
        context,
        sectionEntities: section,
        previous,
        item,
        triggers: triggers[i],
      },
      reasons,
    );
    const own = declared ? [] : found;
    for (const commitment of declared ? found : []) {
      const id = sentenceId(basename, sentence.index);
      const { trigger, stance } = commitment;
      skipped.push({ sentenceId: id, trigger, stance, reason: 'complement-clause' });
    }
    commitments.push(...own);
    previous = carriedStance(sentence.text, own, previous);
    // (An operative item's trigger is the stance trigger opening it: "CONTINUE to support".)
    const tookItem =
      item !== undefined &&
      own.some(
        (c) =>
          c.trigger === item.trigger.text ||
          (item.operative && sentence.text.startsWith(c.trigger)),
      );
    // "Together, the United States and Japan will:": a party's modal leaves its verb to the items.
    const modal = own.length === 0 ? modalLeadIn(sentence, context, hits) : undefined;
    leadIn = declared ?? modal ?? nextLeadIn(leadIn, sentence, own, tookItem, context.signatories);
    // Whom a later "the leaders" of a statement with no meeting of its own stands for: no
    // leader's spouse ("The First Lady … will also host Ms. …, First Lady of Mexico").
    const named = new Set(
      hits
        .filter((hit) => hit.type === 'Official' && holdsOffice(lexicon, context, hit.entityId))
        .map((hit) => hit.entityId),
    );
    if (named.size > 1) context.lastNamed = [...named];
    forgetAfterThingSubject(context, sentence, hits);
    for (const { trigger, reason } of reasons) {
      const id = sentenceId(basename, sentence.index);
      skipped.push({ sentenceId: id, trigger: trigger.text, stance: trigger.stance, reason });
    }
  }
  // "looks forward to welcoming X to the White House" under "… on the Visit of X": the visit.
  linkWelcomedVisit(commitments, title, found.titleMeeting);
  return { commitments, skipped };
}
