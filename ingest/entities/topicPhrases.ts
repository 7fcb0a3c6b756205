/**
 * Topics no lexicon names, taken from what a stance verb is about: the noun phrases of a
 * commitment's scope (after its trigger), with at most one prepositional complement ("policy
 * coordination on North Korea"), lowercased unless proper. compromise tags the words; nothing is
 * downloaded.
 */
import type { Commitment } from '../../contract/extraction';
import { lexicon as loadLexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import { chunksOnce } from '../topics/chunkMemo';
import { chunkTopics, type LocalHit, type RangeLists, type Reading } from '../topics/chunkTopics';
import { modifierLists, orModifiers } from '../topics/modifierList';
import { occasions } from '../topics/occasion';
import { peopleLists, statePeopleName } from '../topics/peoples';
import { sharedModifiers } from '../topics/sharedModifier';
import { conceptFor } from '../topics/thesaurus';
import { titleEvents } from '../topics/titleEvent';
import { valueLists } from '../topics/valueList';
import { verbObjects } from '../topics/verbObject';
import { verbSeries } from '../topics/verbSeries';
import { visionLists } from '../topics/visionList';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { ranges, scopeEnd } from './commitmentScope';
import { taggedScopes } from './taggedScopes';

export interface DerivedTopic {
  hit: EntityHit;
  sentenceIndex: number;
  /** The topic's name when the hit's text is a coordination it was distributed from. */
  name?: string;
}

/** A hit with offsets in its sentence (a module function, not a closure built per sentence). */
function local(h: EntityHit, sentenceStart: number): LocalHit {
  return {
    id: h.entityId,
    type: h.type,
    adjectival: h.adjectival === true,
    start: h.start - sentenceStart,
    end: h.end - sentenceStart,
  };
}

export function deriveTopics(
  commitments: Commitment[],
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  title?: string,
  // The tagged words, when the caller keeps them (extract.ts: the learnt selector reads them too).
  { bySentence, termsBySentence } = taggedScopes(commitments, sentences),
): DerivedTopic[] {
  const derived: DerivedTopic[] = [];
  const lexicon = loadLexicon();
  const known = (phrase: string) => conceptFor(lexicon, phrase) !== undefined;
  const peopleNames = new Map<string, string>();
  for (const sentence of sentences) {
    const list = bySentence.get(sentence.index) ?? [];
    if (list.length === 0) continue;
    const terms = termsBySentence.get(sentence)!;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    const named = hits.filter((h) => h.type !== 'Topic').map((h) => local(h, sentence.start));
    const topics = hits.filter((h) => h.type === 'Topic').map((h) => local(h, sentence.start));
    const parties = named.filter((h) => h.type === 'Country' || h.type === 'Region');
    for (let k = 0; k < list.length; k++) {
      const reading: Reading = {
        lexicon,
        known,
        sentence,
        terms,
        hits,
        named,
        topics,
        parties,
        commitment: list[k]!,
        absorbed: new Set(),
        emitted: new Set(),
        derived,
        peopleNames,
      };
      const spans = ranges(
        sentence.text,
        reading.commitment,
        k === 0,
        scopeEnd(sentence.text, list, k),
      );
      for (let r = 0; r < spans.length; r++) rangeTopics(reading, spans[r]!, r, title);
      dropAbsorbed(reading);
    }
  }
  return derived;
}

/** The topics of one range of a commitment's words. */
function rangeTopics(
  reading: Reading,
  range: { from: number; to: number },
  r: number,
  title: string | undefined,
): void {
  const { sentence, terms, named, topics, commitment, known } = reading;
  // Thesaurus terms of a clause before the trigger ("… on diplomacy, but …"): the stance span the
  // commitment was built with starts at its trigger.
  if (r > 0) {
    for (const topic of topics) {
      const inside = topic.start >= range.from && topic.end <= range.to;
      if (inside && !commitment.about.includes(topic.id)) commitment.about.push(topic.id);
    }
  }
  // "political, economic, security, and … ties": each comma item with the shared head.
  // … and "inter-Korean dialogue, engagement, and cooperation": each bare head with the
  // modifier of the first.
  // … and "withdraw its forces": the act a listed verb names with its object.
  const verbs = verbObjects(sentence.text, terms, range.from, range.to, named);
  const values = valueLists(terms, range.from, range.to, known);
  const shared = sharedModifiers(terms, range.from, range.to, known);
  // "the Government and people of Israel", "the Ukrainian people": a people named by its state.
  const peoples = peopleLists(sentence.text, named, topics, range.from, range.to);
  const modifiers = modifierLists(terms, range.from, range.to, sentence.text, known);
  const lists = [
    ...modifiers,
    ...orModifiers(terms, range.from, range.to, known),
    ...shared,
    ...values,
    ...visionLists(sentence.text, terms, named, range.from, range.to, known),
    ...verbSeries(sentence.text, terms, range.from, range.to, known),
    ...verbs,
    // "its launch" in a statement on the DPRK's Space Launch: the title's event.
    ...titleEvents(sentence.text, range.from, range.to, title),
    // "congratulated him on his appointment as Prime Minister": the occasion.
    ...occasions(sentence.text, range.from, range.to),
    ...peoples,
  ];
  for (const list of lists) listTopics(reading, list);
  // "U.S. servicemembers": a thesaurus term inside a people's name only modified it.
  // … and "economic, trade, and investment cooperation": a term that was one of the kinds.
  const covered = modifiers.filter((list) => list.covers);
  for (const list of [...peoples, ...covered])
    for (const topic of reading.topics)
      if (topic.start >= list.start && topic.end <= list.end) reading.absorbed.add(topic);
  const read: RangeLists = { verbs, values, shared, peoples, covered };
  for (const found of chunksOnce(terms, range.from, range.to)) chunkTopics(reading, found, read);
}

/** The names a list reader distributed, each a derived topic with the list as its evidence. */
function listTopics(
  reading: Reading,
  list: { start: number; end: number; names: readonly string[]; states?: readonly string[] },
) {
  const { sentence, commitment, peopleNames } = reading;
  const text = sentence.text.slice(list.start, list.end);
  for (let i = 0; i < list.names.length; i++) {
    // "the Sudanese people" and "the people of Sudan": one people, `people of Sudan` (s40
    // ruling); a place's people under the document's first name (no gold file keeps two apart).
    const state = list.states?.[i];
    let name = list.names[i]!;
    if (state !== undefined) {
      name = statePeopleName(reading.lexicon, state) ?? peopleNames.get(state) ?? name;
      peopleNames.set(state, name);
    }
    const entityId = conceptFor(reading.lexicon, name) ?? entityIdFor('Topic', name);
    if (!commitment.about.includes(entityId)) commitment.about.push(entityId);
    reading.emitted.add(entityId);
    const start = sentence.start + list.start;
    const hit = {
      entityId,
      type: 'Topic' as const,
      start,
      end: start + text.length,
      text,
    };
    reading.derived.push({ hit, sentenceIndex: sentence.index, name });
  }
}

/** Thesaurus terms that only modified a phrase's noun leave the commitment's `about`. */
function dropAbsorbed(reading: Reading): void {
  const { commitment, absorbed, emitted, topics } = reading;
  for (const id of new Set([...absorbed].map((topic) => topic.id))) {
    const at = commitment.about.indexOf(id);
    if (
      at >= 0 &&
      !emitted.has(id) &&
      topics.every((topic) => topic.id !== id || absorbed.has(topic))
    )
      commitment.about.splice(at, 1);
  }
}
