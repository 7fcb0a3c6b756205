/**
 * A thesaurus term that modifies the noun after it ("vaccine access", "climate finance", "cyber
 * space", "disaster-relief"): the whole phrase is what the clause is about, so the chunk is not
 * split at the term, and the term's concept is no topic of that clause unless it also stands on
 * its own in the sentence ("vaccines and vaccine access").
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { isPairRelation } from './namedObject';
import { sharesHead } from './quality';

export interface Span {
  start: number;
  end: number;
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
  const next = terms.find((t) => t.start >= topic.end);
  if (!next || next.end > chunk.end) return false;
  // "the pandemic has", "as long as the pandemic continues": a verb the tagger read as a noun.
  if (
    /^(?:and|or|of|for|in|on|with|to|has|have|had|is|are|was|were|continues|remains)$/i.test(
      next.text,
    )
  )
    return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb');
}

/**
 * "ballistic missile and nuclear programs", "nuclear and missile programs": a term on either side
 * of the one "and" of a coordination whose head is shared (quality.ts `sharesHead`), the head
 * included ("missile programs"): the coordination is read whole and its head distributed.
 */
function conjunctOfSharedHead(sentence: string, topic: Span, chunk: Span): boolean {
  const text = sentence.slice(chunk.start, chunk.end);
  const and = text.indexOf(' and ');
  if (and < 0 || !sharesHead(text)) return false;
  const at = chunk.start + and;
  return topic.end <= at || topic.start >= at + ' and '.length;
}

/**
 * "the transfer of ballistic missiles", "the threat of use of nuclear weapons": a term that is the
 * object of an action noun (ofChainHeads) belongs to the whole phrase.
 */
function endOfChain(sentence: string, topic: Span, chunk: Span): boolean {
  const before = /(?:^|\s)([a-z]+)\s+of\s+(?:the\s+)?$/.exec(
    sentence.slice(chunk.start, topic.start),
  );
  if (before !== null && TOPIC_QUALITY.ofChainHeads.has(before[1]!)) return true;
  // "the launch of a long-range ballistic missile": the weapon of an event (eventHeads).
  const event = /(?:^|\s)([a-z]+)\s+of\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/u.exec(
    sentence.slice(chunk.start, topic.start),
  );
  return event !== null && TOPIC_QUALITY.eventHeads.has(event[1]!);
}

/**
 * "U.S.-China bilateral relations": a relation term right after a hyphenated pair of names is the
 * head of the pair's relation (quality.ts `isPairRelation`), read whole. Two parties only: in
 * "U.S.-Japan-ROK trilateral cooperation" the speakers name themselves; the concept is the topic.
 */
function headOfPair(sentence: string, topic: Span, chunk: Span): boolean {
  // Read from the sentence start: a chunk may begin inside a hyphenated word ("U.S-Japan-ROK").
  const pair = /(?:^|\s)(\p{Lu}[^\s-]*-\p{Lu}[^\s-]*)\s+$/u.exec(sentence.slice(0, topic.start));
  if (!pair || pair.index + pair[0].length - pair[1]!.length < chunk.start) return false;
  return isPairRelation(`${pair[1]} ${sentence.slice(topic.start, topic.end)}`.split(/\s+/));
}

/** The thesaurus terms inside `chunk` that modify a following noun. */
export function modifierTopics<T extends Span>(
  sentence: string,
  terms: readonly TaggedTerm[],
  topics: readonly T[],
  chunk: Span,
): T[] {
  return topics.filter(
    (topic) =>
      topic.start >= chunk.start &&
      topic.end <= chunk.end &&
      ((topic.end < chunk.end && modifiesNext(sentence, terms, topic, chunk)) ||
        conjunctOfSharedHead(sentence, topic, chunk) ||
        headOfPair(sentence, topic, chunk) ||
        endOfChain(sentence, topic, chunk)),
  );
}
