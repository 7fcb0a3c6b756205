/**
 * `extract(doc)`: a read document → the extraction contract. Pure: no I/O, no clock, no
 * randomness, so the same document always yields the same ids and the loader can merge re-runs.
 *
 * Steps: normalise → segment → recognise entities → work out the parties and participants →
 * commitments per sentence → topics for what commitments are about → relations → the learnt
 * topic selector (topics/selector/), last, where the rules left a commitment's words unnamed.
 */

import type {
  Commitment,
  Extraction,
  Mention,
  Relation,
  SkippedTriggerRecord,
} from '../contract/extraction';
import { resolveAnaphora } from './anaphora';
import { carriedStance, type PreviousStance } from './commitments/continuation';
import { type LeadIn, listItem, nextLeadIn } from './commitments/listItems';
import { groupMembers } from './commitments/members';
import { statementBodies } from './commitments/ownBody';
import type { SkippedTrigger } from './commitments/speakers';
import { standingBodies } from './commitments/standingBody';
import { findAlliances } from './entities/alliance';
import { hyphenAlliances } from './entities/hyphenAlliances';
import { declareTitleMeeting, meetingInTitle, ownMeetingMentions } from './entities/meeting';
import { pairAlliances } from './entities/pairAlliances';
import { findPartnership } from './entities/partnership';
import { recognise } from './entities/recognise';
import { EntityRegistry } from './entities/registry';
import { taggedScopes } from './entities/taggedScopes';
import type { TaggedTerm } from './entities/tagger';
import { deriveTopics } from './entities/topicPhrases';
import { NothingFoundError } from './errors';
import { extractCommitments } from './extractCommitments';
import { documentKey, docId as makeDocId, sentenceId } from './ids';
import { lexicon as loadLexicon } from './lexicon';
import { resolveNamedAnaphora } from './namedAnaphor';
import { normalise } from './normalise';
import { addTitleSpeakers, officialsRepresenting } from './officialAttributes';
import { findParties, titleSpeakers } from './parties';
import { openingPerson } from './pronounActors';
import type { ActorContext } from './resolveActors';
import { segment } from './segment';
import { keepTopicsOfCommitments } from './topics/aboutOnly';
import { learntTopics } from './topics/learnt';
import { selectTopics } from './topics/selector/apply';
import { selector } from './topics/selector/model';
import type { SourceDocument } from './types';

export { mergeExtractions } from './merge';

export function extract(doc: SourceDocument): Extraction {
  const { extraction, terms } = extractByRules(doc);
  return selectTopics(extraction, terms, loadLexicon(), selector());
}

/**
 * Everything but the learnt topic selector, and the words the topic pass tagged (by sentence
 * index): eval/runGold.ts applies the selector of the fold that never saw the statement.
 */
export type RulesExtraction = { extraction: Extraction; terms: Map<number, TaggedTerm[]> };

export function extractByRules(doc: SourceDocument): RulesExtraction {
  const lexicon = loadLexicon();
  // Every id of this document derives from its key (ids.ts holds the one document-id rule).
  const basename = documentKey(doc);
  const docId = makeDocId(basename);
  const text = normalise(doc.body);
  const { paragraphs, sentences } = segment(text);
  if (sentences.length === 0) throw new NothingFoundError(doc.path);
  const title = doc.title?.trim() || sentences[0]!.text.slice(0, 120);

  const headings = paragraphs
    .filter((p) => p.heading)
    .map((p) => ({ text: p.text, start: p.start }));
  const recognition = recognise(lexicon, text, sentences, headings, title);
  const { represents, officialAttributes } = officialsRepresenting(lexicon, recognition);

  const parties = findParties(lexicon, sentences, recognition.hitsBySentence, represents, title);
  findAlliances(lexicon, sentences, recognition.hitsBySentence, parties.signatories);
  pairAlliances(lexicon, sentences, recognition.hitsBySentence);
  hyphenAlliances(lexicon, sentences, recognition.hitsBySentence);
  findPartnership(sentences, recognition.hitsBySentence);

  const registry = new EntityRegistry(lexicon);
  // The meeting the title names, declared before its lowercase descriptions become its aliases.
  const titleMeeting = declareTitleMeeting(registry, meetingInTitle(lexicon, title), doc.date);
  ownMeetingMentions(
    sentences,
    recognition.hitsBySentence,
    titleMeeting,
    parties.meetingSentence?.index,
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
  for (const [id, attributes] of officialAttributes) registry.setAttributes(id, attributes);
  const speakers = titleSpeakers(lexicon, title);
  addTitleSpeakers(
    lexicon,
    registry,
    speakers,
    parties.signatories,
    represents,
    officialAttributes,
  );

  const relations: Relation[] = [];
  for (const [official, country] of represents) {
    if (!registry.has(country))
      registry.ensure(country, 'Country', lexicon.entities.get(country)?.name ?? country);
    const title = registry.get(official)?.attributes?.title;
    relations.push({
      type: 'REPRESENTS',
      from: official,
      to: country,
      ...(title ? { props: { title } } : {}),
    });
  }

  for (const country of parties.signatories) {
    relations.push({ type: 'SIGNED', from: country, to: docId });
  }

  // Place: the document's own, else where the meeting sentence says they met.
  let place = doc.place;
  if (!place && parties.meetingSentence) {
    const s = parties.meetingSentence;
    const venue = (recognition.hitsBySentence.get(s.index) ?? []).find(
      (hit) =>
        hit.type === 'Region' && /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(s.start, hit.start)),
    );
    if (venue) place = registry.get(venue.entityId)?.name;
  }

  // The meeting as an Event, when named.
  let meetingId: string | undefined;
  if (titleMeeting) {
    meetingId = titleMeeting.id;
    registry.setAttributes(meetingId, {
      ...(doc.date ? { date: doc.date } : {}),
      ...(place ? { place } : {}),
    });
  } else if (parties.meetingSentence) {
    meetingId = (recognition.hitsBySentence.get(parties.meetingSentence.index) ?? []).find(
      (hit) =>
        hit.type === 'Event' &&
        /\b(?:at|during|on the margins of)\s+(?:the\s+)?$/.test(
          text.slice(parties.meetingSentence!.start, hit.start),
        ),
    )?.entityId;
  }
  if (meetingId) {
    for (const official of parties.officials) {
      relations.push({ type: 'PARTICIPATED_IN', from: official, to: meetingId });
    }
  }

  // Commitments, sentence by sentence, carrying "They"/"He" context along.
  const context: ActorContext = {
    signatories: parties.signatories,
    officials: parties.officials,
    speakers: [...new Set(speakers.map((official) => official.candidate.entityId))],
    represented: new Set(represents.values()),
    countryOf: represents,
    titles: new Map(
      [...officialAttributes].map(([id, attributes]) => [id, attributes.title ?? '']),
    ),
    ...groupMembers(lexicon, recognition.hitsBySentence, parties.signatories),
    bodies: statementBodies(title, sentences, recognition.hitsBySentence),
    standing: standingBodies(title, sentences, recognition.hitsBySentence),
    ...openingPerson(parties.officials, sentences, recognition.hitsBySentence),
    ...(doc.date ? { documentDate: doc.date } : {}),
  };
  const commitments: Commitment[] = [];
  const skipped: SkippedTriggerRecord[] = [];
  // The last stance of the sentence before, for a "This includes …" continuation.
  let previous: PreviousStance | undefined;
  // The stance lead-in whose list items follow ("jointly committed to the following actions:").
  let leadIn: LeadIn | undefined;
  for (const sentence of sentences) {
    const hits = recognition.hitsBySentence.get(sentence.index) ?? [];
    // A heading that names a party ("Addressing the North Korean Threat") says whose conduct
    // the section's unnamed references are about ("the abductees issue"); a heading's theme
    // ("Upholding the Rules-Based International Order", "Climate Change") is the section's title,
    // and its sentences name their own topics (the blind gold never links a heading's theme).
    // A region in a heading is a theme too ("Beyond the Korean Peninsula", "A Partnership for
    // the Pacific, the Indo-Pacific, and the World"): no gold sentence takes it from there.
    const sectionEntities = sentence.section
      ? [
          ...new Set(
            (recognition.headingHits.get(sentence.section) ?? [])
              .filter((h) => h.type !== 'Topic' && h.type !== 'Region')
              .map((h) => h.entityId),
          ),
        ]
      : [];
    for (const id of sectionEntities) {
      const hit = recognition.headingHits.get(sentence.section!)!.find((h) => h.entityId === id)!;
      registry.addHit(hit);
    }
    const reasons: SkippedTrigger[] = [];
    const item = listItem(sentence, leadIn);
    const own = extractCommitments(
      { docId, basename, sentence, hits, context, sectionEntities, previous, item },
      reasons,
    );
    commitments.push(...own);
    previous = carriedStance(sentence.text, own, previous);
    const tookItem = item !== undefined && own.some((c) => c.trigger === item.trigger.text);
    leadIn = nextLeadIn(leadIn, sentence, own, tookItem);
    // Whom a later "the leaders" of a statement with no meeting of its own stands for.
    const named = new Set(hits.filter((hit) => hit.type === 'Official').map((hit) => hit.entityId));
    if (named.size > 1) context.lastNamed = [...named];
    for (const { trigger, reason } of reasons) {
      const id = sentenceId(basename, sentence.index);
      skipped.push({ sentenceId: id, trigger: trigger.text, stance: trigger.stance, reason });
    }
  }

  // Members a group subject stood for ("the G7" → Canada, Italy…) are entities even unnamed.
  for (const id of new Set(commitments.flatMap((c) => c.actors))) {
    const known = lexicon.entities.get(id);
    if (known && !registry.has(id)) registry.ensure(id, known.type, known.name);
  }

  // Topics for what commitments are about when no lexicon entry named it.
  const scopes = taggedScopes(commitments, sentences);
  const derived = deriveTopics(
    commitments,
    sentences,
    recognition.hitsBySentence,
    doc.title,
    scopes,
  );
  // Then gold-learnt topics, where neither a name nor a derived topic stands.
  derived.push(
    ...learntTopics(lexicon, sentences, commitments, recognition.hitsBySentence, derived),
  );
  for (const topic of derived) {
    // A distributed head ("nuclear programs" from "nuclear and missile programs") is named for
    // itself; the coordination it was read in is its evidence, not its alias.
    if (topic.name) registry.ensure(topic.hit.entityId, 'Topic', topic.name);
    else registry.addHit(topic.hit);
    mentions.push({
      entityId: topic.hit.entityId,
      sentenceId: sentenceId(basename, topic.sentenceIndex),
      start: topic.hit.start,
      end: topic.hit.end,
      text: topic.hit.text,
    });
  }

  resolveAnaphora(commitments);
  resolveNamedAnaphora(commitments, (id) => {
    const draft = registry.get(id);
    return draft ? [draft.name, ...draft.aliases] : [];
  });

  // Regions inside regions, when both are present.
  for (const entity of registry.entities()) {
    const parent = lexicon.entities.get(entity.id)?.partOf;
    if (parent && registry.has(parent))
      relations.push({ type: 'PART_OF', from: entity.id, to: parent });
  }

  const kept = keepTopicsOfCommitments(
    registry.entities(),
    mentions.sort((a, b) => a.start - b.start),
    commitments,
  );

  const terms = new Map<number, TaggedTerm[]>();
  for (const [sentence, words] of scopes.termsBySentence) terms.set(sentence.index, words);
  const extraction: Extraction = {
    documents: [
      {
        id: docId,
        title,
        ...(doc.date ? { date: doc.date } : {}),
        ...(place ? { place } : {}),
        ...(doc.source ? { source: doc.source } : {}),
        sha256: doc.sha256,
      },
    ],
    sentences: sentences.map((s) => ({
      id: sentenceId(basename, s.index),
      docId,
      index: s.index,
      ...(s.section ? { section: s.section } : {}),
      text: s.text,
      start: s.start,
      end: s.end,
    })),
    entities: kept.entities,
    mentions: kept.mentions,
    commitments,
    relations,
    skipped,
  };
  return { extraction, terms };
}
