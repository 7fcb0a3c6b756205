/**
 * The topics of one noun chunk of a commitment's words (entities/topicPhrases.ts): the chunk cut at
 * the names in it, the recognised topics it holds taken out, and each piece left kept as a topic
 * phrase when it is one. Module functions over one `Reading` per commitment, not closures built per
 * range: each is compiled once, and a rare document that deoptimises one recompiles only it.
 */
import type { Commitment } from '../../contract/extraction';
import { entityIdFor } from '../entities/candidateAt';
import type { TaggedTerm } from '../entities/tagger';
import type { DerivedTopic } from '../entities/topicPhrases';
import type { Lexicon } from '../lexicon';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { isNounAfterTo } from './chunkTerms';
import { classifiedTopic } from './classifiedTopic';
import { evidenceOf, withShortNames } from './evidence';
import { inList } from './listItem';
import { frameOfComplement, modifierTopics } from './modifiers';
import { towardParties } from './namedObject';
import { alliesAfter, partyAfter, posedByOwner } from './namedRuns';
import { endsInNamedThing } from './namedTarget';
import { endsInNoun } from './nounReadings';
import { coordinatedBefore, modifiesTopic, relationalPair } from './pieceContext';
import { trimPiece, wholeWords } from './pieceEdges';
import { pointsBack } from './pointsBack';
import { topicPhrases } from './quality';
import { classifiedOwner, cutAtNames, outsideTopics } from './spans';
import { wordTags } from './standalone';
import { conceptFor } from './thesaurus';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const BRACKETED_ACRONYM = /^\p{Lu}[\p{L}\p{N}-]*\)\s/u;

/** A hit with offsets in its sentence. */
export interface LocalHit {
  id: string;
  type: EntityHit['type'];
  adjectival: boolean;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** What the topic pass reads for one commitment of a sentence (one object shape for all). */
export interface Reading {
  readonly lexicon: Lexicon;
  readonly known: (phrase: string) => boolean;
  readonly sentence: SegmentedSentence;
  readonly terms: TaggedTerm[];
  readonly hits: EntityHit[];
  readonly named: LocalHit[];
  readonly topics: LocalHit[];
  readonly parties: LocalHit[];
  readonly commitment: Commitment;
  /** Thesaurus terms that only modified a noun of a phrase that became a topic. */
  readonly absorbed: Set<LocalHit>;
  /**
   * Concepts this commitment's phrases named, which absorbing a modifier must not undo ("missile
   * programs" read inside "nuclear and missile programs").
   */
  readonly emitted: Set<string>;
  readonly derived: DerivedTopic[];
  /** The name the document first gave each state's people (its entity id → name), peoples.ts. */
  readonly peopleNames: Map<string, string>;
}

/** What the range's list readers found, which a chunk's pieces defer to. */
export interface RangeLists {
  readonly verbs: readonly { start: number; end: number; replacesObject?: boolean }[];
  readonly values: readonly Span[];
  readonly shared: readonly (Span & { readonly whole?: boolean })[];
  /** A people named by its state (peoples.ts), which a phrase ending in it defers to. */
  readonly peoples: readonly Span[];
  /** Lists of kinds whose names cover every conjunct (kindList.ts). */
  readonly covered: readonly Span[];
}

const VACUOUS_ALONE = TOPIC_QUALITY.vacuousAlone;
const VACUOUS_HEADS = TOPIC_QUALITY.vacuousHeads;
export function chunkTopics(reading: Reading, found: Span, lists: RangeLists): void {
  const { sentence, terms, named, topics, parties, known } = reading;
  // The object of a listed verb is read with the verb ("withdrawal of forces").
  if (lists.verbs.some((v) => v.replacesObject && found.start >= v.start && found.end <= v.end))
    return;
  // "advanced U.S. technologies": a country between a kind and its head (spans.ts).
  const foundTags = wordTags(terms, found);
  const kindOwner = named.find((hit) => classifiedOwner(sentence.text, found, hit, foundTags));
  const cutAt = cutAtNames(sentence.text, found, named, kindOwner, foundTags);
  if (!cutAt) return;
  // A name is never cut: "posed by the Democratic People's Republic of Korea" runs on past the
  // "of" inside the name.
  const across = named.find(
    (h) => h.start > cutAt.start && h.start < cutAt.end && h.end > cutAt.end,
  );
  const cut = alliesAfter(sentence.text, across ? { start: cutAt.start, end: across.end } : cutAt);
  const modifiers = modifierTopics(sentence.text, terms, topics, cut, parties, known);
  // "dialogue on economic security": the frame is no topic of the clause; its complement is.
  for (const modifier of modifiers)
    if (frameOfComplement(sentence.text, terms, modifier, cut, parties))
      reading.absorbed.add(modifier);
  const standing = topics.filter((topic) => !modifiers.includes(topic));
  for (const piece of outsideTopics(cut, standing))
    pieceTopics(reading, piece, lists, modifiers, standing, kindOwner);
}

function pieceTopics(
  reading: Reading,
  piece: Span,
  lists: RangeLists,
  modifiers: readonly LocalHit[],
  standing: readonly LocalHit[],
  kindOwner: LocalHit | undefined,
): void {
  const { sentence, terms, named, hits, parties } = reading;
  let chunk = wholeWords(sentence.text, trimPiece(sentence.text, piece));
  if (chunk.end <= chunk.start) return;
  // "the causes of safety, …": a phrase running into a list of ideals only frames it; the list
  // named its items.
  if (lists.values.some((v) => chunk.end > v.start && chunk.start < v.end)) return;
  // "pandemic prevention, preparedness and response": the bare heads the modifier was distributed
  // over are named; "preparedness and response" alone is a fragment (the first conjunct,
  // "maritime safety", keeps its chunk).
  if (lists.shared.some((v) => chunk.start > v.start && chunk.end <= v.end)) return;
  // "economic, trade, and investment cooperation": the list named each kind with the head; a
  // chunk inside it is a bare item ("trade") or the last conjuncts whole.
  if (lists.covered.some((v) => chunk.start >= v.start && chunk.end <= v.end)) return;
  // "U.S. support for the Egyptian people", "the needs of the Iraqi people", "the Government and
  // people of Israel": a phrase ending in a people is about that people, as the gold names it (of
  // its commitment sentences with "support", "assistance" or "stand with" before a people, 42
  // name the people alone, 3 the whole phrase).
  if (lists.peoples.some((v) => chunk.end === v.end && chunk.start <= v.start)) return;
  // "secure critical mineral supply chains": words right before a recognised topic modify it;
  // alone they are a fragment ("secure critical mineral"). "dialogue on critical minerals": a head
  // that says how, before "on" and a topic, is its frame.
  const head = /\S+$/.exec(sentence.text.slice(chunk.start, chunk.end))?.[0] ?? '';
  const lower = head.toLowerCase();
  const frame = VACUOUS_ALONE.has(lower) || VACUOUS_HEADS.has(lower);
  // "security protocols and expansion of information sharing": a full phrase coordinated before
  // the relational head is a topic of its own; the rule is left out.
  const text = sentence.text.slice(chunk.start, chunk.end);
  const relational =
    ((frame || TOPIC_QUALITY.relationalHeads.has(lower)) && !/\S \S+ and /.test(text)) ||
    relationalPair(text);
  // "threats posed by the DPRK’s …": a phrase that ends in its source's name. Such a phrase names
  // the threat, not a modifier of the topic after it ("… missile programs").
  const source = posedByOwner(sentence.text, chunk, named);
  let classified: { start: number; topic: LocalHit } | undefined;
  if (
    !source &&
    standing.some((topic) => modifiesTopic(sentence.text, chunk.end, topic, frame, relational))
  ) {
    // "cybercrime and associated money laundering": only the adjective after "and" modifies the
    // topic; the conjunct before "and" is a phrase of its own.
    const conjunct = coordinatedBefore(text, terms, chunk);
    // "regional supply chains", "irregular migration", "physical infrastructure": a kind
    // before the term names a kind of it, read whole (classifiedTopic).
    classified = conjunct ? undefined : classifiedTopic(reading, chunk, standing);
    if (conjunct) chunk = conjunct;
    else if (classified) chunk = { start: classified.start, end: classified.topic.end };
    else return;
  }
  if (source) chunk = source;
  const start = sentence.start + chunk.start;
  const end = sentence.start + chunk.end;
  // A chunk that is (or sits inside) a recognised entity adds nothing.
  if (hits.some((h) => h.start <= start && h.end >= end)) return;
  const raw = sentence.text.slice(chunk.start, chunk.end);
  if (/["“”(]/.test(raw)) return;
  // "(WTO) reform": the acronym without its closing bracket (spans.ts keeps it).
  const bracketed = BRACKETED_ACRONYM.test(raw);
  if (pointsBack(sentence.text, chunk.start)) return;
  const chunkEnd = chunk.end;
  const lastAt = terms.findLastIndex((t) => t.end <= chunkEnd);
  const lastTerm = terms[lastAt];
  // A phrase ending in an adjective ("… with prompt") was cut mid-phrase.
  if (!lastTerm) return;
  const nounAfterTo = isNounAfterTo(terms, lastAt);
  if (!source && !endsInNoun(terms, lastAt) && !nounAfterTo) return;
  if (!source && lastTerm.tags.has('Adjective') && !lastTerm.tags.has('Plural') && !nounAfterTo)
    return;
  // "support for the ROK and Japan": the chunk was cut at the second party's name; the whole
  // object is only parties, so the stance is no topic (namedObject.ts).
  if (towardParties(`${raw}${partyAfter(sentence.text, chunk.end, parties)}`.split(/\s+/))) return;
  const shown = withShortNames(sentence.text, chunk, named, kindOwner).replace(
    bracketed ? /\)(?=\s)/ : /(?!)/,
    '',
  );
  const listed = inList(sentence.text, chunk.start, chunk.end);
  // "commitments on intellectual property protection and enforcement": a coordination its
  // shared modifier named whole (both conjuncts) is no topic of its own, whatever frames it.
  const wholes = lists.shared.filter((v) => v.whole === true);
  // A classified term is absorbed where the whole phrase is named (phraseTopic).
  const absorbable = classified ? [...modifiers, classified.topic] : modifiers;
  for (const name of topicPhrases(shown, reading.known, wordTags(terms, chunk), listed))
    phraseTopic(reading, name, raw, start, chunk.start, absorbable, wholes);
}

/** One topic phrase of a piece, as a derived topic unless a name already stands there. */
function phraseTopic(
  reading: Reading,
  name: string,
  raw: string,
  start: number,
  chunkStart: number,
  modifiers: readonly LocalHit[],
  wholes: readonly Span[],
): void {
  const { sentence, hits, commitment } = reading;
  const at = raw.indexOf(name);
  const { offset, length } = evidenceOf(raw, name);
  const local = chunkStart + offset;
  if (wholes.some((v) => v.start === local && v.end === local + length)) return;
  // What a relational head leaves may be a name ("in violation of UN Security Council
  // resolutions" → the instrument), already an entity, not a topic.
  const from = start + offset;
  if (
    hits.some((h) => h.type !== 'Topic' && h.start <= from && h.end >= from + length) ||
    endsInNamedThing(sentence.text, sentence.start, from, from + length, hits)
  )
    return;
  const hit: EntityHit = {
    entityId: conceptFor(reading.lexicon, name) ?? entityIdFor('Topic', name),
    type: 'Topic',
    start: from,
    end: from + length,
    text: raw.slice(offset, offset + length),
  };
  if (!commitment.about.includes(hit.entityId)) commitment.about.push(hit.entityId);
  reading.emitted.add(hit.entityId);
  reading.derived.push({ hit, sentenceIndex: sentence.index, ...(at < 0 ? { name } : {}) });
  for (const modifier of modifiers) {
    if (modifier.start >= chunkStart + offset && modifier.end <= chunkStart + offset + length)
      reading.absorbed.add(modifier);
  }
}
