/**
 * A thesaurus term that modifies the noun after it ("vaccine access", "climate finance", "cyber
 * space", "disaster-relief"): the whole phrase is what the clause is about, so the chunk is not
 * split at the term, and the term's concept is no topic of that clause unless it also stands on
 * its own in the sentence ("vaccines and vaccine access").
 */

import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { isPairRelation, WEAPON_COUNTS } from './namedObject';
import { isPluralNounTaggedVerb } from './nounReadings';
import { sharesHead } from './quality';
import { isPairNamedRelation } from './scopeRelation';
import { type WordTags, wordTags } from './standalone';

export interface Span {
  start: number;
  end: number;
}

/** A party's name in the sentence: a country or a region. */
interface PartySpan extends Span {
  readonly type?: string;
}

/** Whether `topic` (inside `chunk`) is directly followed by a noun of the same phrase. */
function modifiesNext(
  sentence: string,
  terms: readonly TaggedTerm[],
  topic: Span,
  chunk: Span,
): boolean {
  // "nuclear safety and security risks": a coordination is a concept of its own, not a modifier.
  if (/\s(?:and|or)\s/.test(sentence.slice(topic.start, topic.end))) return false;
  const last = terms.findLast((t) => t.end <= topic.end && t.end > topic.start);
  if (!last || /[,;:.!?)(]/.test(last.post)) return false;
  const at = terms.findIndex((t) => t.start >= topic.end);
  const next = terms[at];
  if (!next || next.end > chunk.end) return false;
  // "the pandemic has", "as long as the pandemic continues": a verb the tagger read as a noun.
  if (
    /^(?:and|or|of|for|in|on|with|to|has|have|had|is|are|was|were|continues|remains)$/i.test(
      next.text,
    )
  )
    return false;
  // "ballistic missile tests and committed to …": a plural head the tagger read as a verb before
  // "and" is still the noun the term modifies (the chunker kept it in the phrase).
  // (Only where the phrase ends with it: "international law applies in cyberspace" is a clause.)
  if (next.tags.has('Verb')) {
    const closes = /[,;:.!?]/.test(next.post) || /^(?:and|or)$/.test(terms[at + 1]?.text ?? '');
    return closes && isPluralNounTaggedVerb(terms, at);
  }
  return next.tags.has('Noun') && !next.tags.has('Pronoun');
}

/**
 * "ballistic missile and nuclear programs", "nuclear and missile programs": a term on either side
 * of the one "and" of a coordination whose head is shared (quality.ts `sharesHead`), the head
 * included ("missile programs"): the coordination is read whole and its head distributed.
 */
function conjunctOfSharedHead(
  sentence: string,
  topic: Span,
  chunk: Span,
  known?: (phrase: string) => boolean,
  tagsOf?: WordTags,
): boolean {
  const text = sentence.slice(chunk.start, chunk.end);
  const and = text.indexOf(' and ');
  if (and < 0 || !sharesHead(text, known, tagsOf)) return false;
  const at = chunk.start + and;
  return topic.end <= at || topic.start >= at + ' and '.length;
}

/**
 * "the launch of a long-range ballistic missile", "the launch of three …": the weapon of an event
 * (eventHeads), its article or count the ones eventOfWeapon (namedObject.ts) reads.
 */
const EVENT_OF = new RegExp(
  `(?:^|\\s)([a-zß-öø-ɏḀ-ỿ]+)\\s+of\\s+(?:(?:the|${WEAPON_COUNTS})\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  'u',
);

/**
 * "the transfer of ballistic missiles", "the threat of use of nuclear weapons": a term that is the
 * object of an action noun (ofChainHeads) belongs to the whole phrase.
 */
function endOfChain(sentence: string, topic: Span, chunk: Span): boolean {
  const lead = sentence.slice(chunk.start, topic.start);
  const before = /(?:^|\s)([a-zß-öø-ɏḀ-ỿ]+)\s+of\s+(?:the\s+)?$/.exec(lead);
  if (before !== null && TOPIC_QUALITY.ofChainHeads.has(before[1]!)) return true;
  const event = EVENT_OF.exec(lead);
  return event !== null && TOPIC_QUALITY.eventHeads.has(event[1]!);
}

/** A hyphenated pair of names ending the text before a topic, and a space as it reads one. */
const PAIR_BEFORE = /(?:^|\s)(\p{Lu}[^\s-]*-\p{Lu}[^\s-]*)\s+$/u;
const SPACE = /\s/u;

/**
 * "U.S.-China bilateral relations": a relation term right after a hyphenated pair of names is the
 * head of the pair's relation (quality.ts `isPairRelation`), read whole. Two parties only: in
 * "U.S.-Japan-ROK trilateral cooperation" the speakers name themselves; the concept is the topic.
 */
function headOfPair(sentence: string, topic: Span, chunk: Span): boolean {
  // Read from the sentence start: a chunk may begin inside a hyphenated word ("U.S-Japan-ROK").
  // The pair can only be the last word before the topic (it holds no space, and only spaces
  // follow it): the pattern is tried from the space before that word, not along the sentence.
  let from = topic.start;
  while (from > 0 && SPACE.test(sentence[from - 1]!)) from--;
  while (from > 0 && !SPACE.test(sentence[from - 1]!)) from--;
  const cut = Math.max(0, from - 1);
  const pair = PAIR_BEFORE.exec(sentence.slice(cut, topic.start));
  if (!pair || cut + pair.index + pair[0].length - pair[1]!.length < chunk.start) return false;
  return isPairRelation(`${pair[1]} ${sentence.slice(topic.start, topic.end)}`.split(/\s+/));
}

/** The prepositions after which talks (talkHeads) are the frame of their complement. */
export const TALK_COMPLEMENT = /^(?:on|of|regarding|concerning)$/i;

/**
 * "their dialogue on economic security", "negotiations on the framework": a concept that says
 * how (vacuous alone, data/rules/topic-quality.json) with "on" after it is the frame of its
 * complement, which the phrase is about (quality.ts keeps the complement). Talks themselves
 * (talkHeads) that close their chunk are a frame too when the chunker put the complement in a
 * phrase of its own ("the launch of negotiations | on a trade agreement", "negotiations | of a
 * treaty"): the gold never keeps them alone with a complement.
 */
export function frameOfComplement(
  sentence: string,
  terms: readonly TaggedTerm[],
  topic: Span,
  chunk: Span,
  parties: readonly Span[],
) {
  const word = sentence.slice(topic.start, topic.end).toLowerCase();
  const talk = TOPIC_QUALITY.talkHeads.has(/\S+$/.exec(word)?.[0] ?? '');
  if (!talk && !TOPIC_QUALITY.vacuousAlone.has(word) && !TOPIC_QUALITY.vacuousHeads.has(word))
    return false;
  // "U.S.-Irish cooperation on a range of issues": the parties' own relation, named whole.
  if (isPairNamedRelation(sentence, topic.start, topic.end)) return false;
  const at = terms.findIndex((t) => t.start >= topic.end);
  const next = terms[at];
  if (next === undefined) return false;
  const preposition = next.text.toLowerCase();
  // Inside the chunk only "on" (quality.ts keeps its complement; after "of" it drops the whole).
  const inside = next.end < chunk.end;
  if (inside ? preposition !== 'on' : !talk || !TALK_COMPLEMENT.test(preposition)) return false;
  const limit = inside ? chunk.end : sentence.length;
  if (/[,;:.!?)(]/.test(sentence.slice(topic.end, next.start))) return false;
  // "consultations on North Korea": talks on a party are a topic of their own (the gold keeps
  // them whole, as "policy coordination on North Korea"); "on an ongoing basis" says how often.
  const complement = terms.slice(at + 1, at + 4).filter((t) => t.end <= limit);
  const first = complement.find((t) => !t.tags.has('Determiner'));
  return (
    first !== undefined &&
    !parties.some((party) => party.start === first.start) &&
    !complement.some((t) => TOPIC_QUALITY.frameWords.has(t.text.toLowerCase()))
  );
}

/** Endings only nouns take: such a word after "to" is the object of a preposition, not a verb. */
const NOMINAL_ENDING = /(?:tion|sion|ness|ity)$/;

/**
 * "vocational education", "digital trade", "algorithmic transparency", "military AI": a one-word
 * term after a lowercase adjective or noun of its own phrase is that phrase's head; the phrase
 * is the topic (the gold names it whole), so the chunk is not split before the term. Words that
 * say how much or whose ("further", "bilateral") are dropped by the quality floor instead, and a
 * verb or gerund before the term ("strengthening education") is no modifier.
 */
function headOfModifier(
  sentence: string,
  terms: readonly TaggedTerm[],
  topic: Span,
  chunk: Span,
): boolean {
  if (/\s/.test(sentence.slice(topic.start, topic.end))) return false;
  const prev = terms.findLast((t) => t.end <= topic.start);
  if (!prev || prev.start < chunk.start || sentence.slice(prev.end, topic.start) !== ' ')
    return false;
  const word = prev.text.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(prev.text)) return false;
  const phrase = `${word} ${sentence.slice(topic.start, topic.end).toLowerCase()}`;
  const kept = TOPIC_QUALITY.keepModifiers.some((keep) => phrase.startsWith(keep));
  if (!kept && (TOPIC_QUALITY.weakModifiers.has(word) || TOPIC_QUALITY.scopeModifiers.has(word)))
    return false;
  const not = ['Verb', 'Gerund', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Value'];
  if (not.some((tag) => prev.tags.has(tag))) return false;
  // "to combat corruption", "destroying infrastructure": a verb the tagger read as a noun or
  // adjective opens the chunk. A noun by its ending is no infinitive ("pathways to eviction
  // mitigation": the compound is the topic, not the thesaurus's bare "mitigation").
  if (
    prev.start === chunk.start &&
    (/ing$/.test(word) ||
      (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s+$/.test(sentence.slice(0, prev.start)) &&
        !NOMINAL_ENDING.test(word)))
  )
    return false;
  return prev.tags.has('Adjective') || prev.tags.has('Noun');
}

/**
 * "freedom of association", "freedom of choice": a one-word term whose "of" complement names a
 * kind of it (kindOfHeads) heads the whole phrase, a concept of its own, so the chunk is read
 * whole ("freedom" alone would drop what kind).
 */
function headOfKind(
  sentence: string,
  terms: readonly TaggedTerm[],
  topic: Span,
  chunk: Span,
): boolean {
  if (!TOPIC_QUALITY.kindOfHeads.has(sentence.slice(topic.start, topic.end).toLowerCase()))
    return false;
  const at = terms.findIndex((t) => t.start >= topic.end);
  const next = terms[at];
  // "investment in clean energy": "in" names what a kind of investment is in, as "of" does.
  return (
    (next?.text === 'of' || next?.text === 'in') &&
    sentence.slice(topic.end, next.start) === ' ' &&
    next.end < chunk.end
  );
}

/**
 * "democracy in Venezuela", "restore democracy in Tunisia": a concept of countryHeads followed in
 * its chunk by "in" and a named country is that country's cause, read whole (the gold names it
 * so); before a region ("democracy in the Indo-Pacific") it stays the concept alone.
 */
function causeOfCountry(
  sentence: string,
  topic: Span,
  chunk: Span,
  parties: readonly PartySpan[],
): boolean {
  if (!TOPIC_QUALITY.countryHeads.has(sentence.slice(topic.start, topic.end).toLowerCase()))
    return false;
  const link = /^ in (?:the )?/.exec(sentence.slice(topic.end, chunk.end));
  if (!link) return false;
  const at = topic.end + link[0].length;
  return parties.some(
    (party) => party.start === at && party.end === chunk.end && party.type === 'Country',
  );
}

/**
 * The thesaurus terms inside `chunk` that modify a following noun. `known` (whether the thesaurus
 * has a phrase) lets a coordination distribute a head no list shares (coordination.ts).
 */
export function modifierTopics<T extends Span>(
  sentence: string,
  terms: readonly TaggedTerm[],
  topics: readonly T[],
  chunk: Span,
  parties: readonly PartySpan[] = [],
  known?: (phrase: string) => boolean,
): T[] {
  return topics.filter(
    (topic) =>
      topic.start >= chunk.start &&
      topic.end <= chunk.end &&
      ((topic.end < chunk.end && modifiesNext(sentence, terms, topic, chunk)) ||
        conjunctOfSharedHead(sentence, topic, chunk, known, wordTags(terms, chunk)) ||
        headOfPair(sentence, topic, chunk) ||
        frameOfComplement(sentence, terms, topic, chunk, parties) ||
        endOfChain(sentence, topic, chunk) ||
        headOfKind(sentence, terms, topic, chunk) ||
        headOfModifier(sentence, terms, topic, chunk) ||
        causeOfCountry(sentence, topic, chunk, parties)),
  );
}
