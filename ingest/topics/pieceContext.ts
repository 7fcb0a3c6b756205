/**
 * Where a piece of a chunk stands against the recognised topics next to it (entities/
 * topicPhrases.ts): whether it only modifies or frames one, and the conjunct that stands alone
 * when only an adjective after "and" modifies it.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

/** "of", "of the": what links a frame or relational head to the topic it is about. */
const OF_GAP = /^ of (?:the |a |an )?$/;

/**
 * A chunk ending at `end` right before a recognised topic modifies it ("secure critical mineral
 * supply chains"); a frame head before "on" and a topic is its frame ("dialogue on critical
 * minerals"); a frame or relational head before "of" and a topic is the relation to it ("early
 * resolution of the abductions issue", "promotion of critical technologies"), no topic of its
 * own, as the quality floor cuts it when it is read whole (reduce.ts). Outside the
 * loop: it runs for every piece of every chunk.
 */
export function modifiesTopic(
  sentence: string,
  end: number,
  topic: { start: number },
  frame: boolean,
  relational: boolean,
): boolean {
  if (topic.start <= end) return false;
  const gap = sentence.slice(end, topic.start);
  return gap === ' ' || (frame && gap === ' on ') || (relational && OF_GAP.test(gap));
}

/**
 * "cybercrime and associated", right before the topic "money laundering": the span of the
 * conjunct before "and" when an adjective alone follows it (the topic's own modifier).
 */
export function coordinatedBefore(
  text: string,
  terms: readonly TaggedTerm[],
  chunk: { start: number; end: number },
): { start: number; end: number } | undefined {
  const and = text.lastIndexOf(' and ');
  if (and <= 0 || text.indexOf(' ', and + 5) >= 0) return undefined;
  const last = terms.find((t) => t.end === chunk.end);
  if (!last?.tags.has('Adjective') || last.tags.has('Noun')) return undefined;
  return { start: chunk.start, end: chunk.start + and };
}

/**
 * "the promotion and protection of human rights", "the adoption and implementation of export
 * controls": two action heads joined by "and", one of them relational (relationalHeads), frame
 * the topic of their shared "of" complement as one relational head does ("promotion of …"); cut
 * before that topic, the pair alone ("promotion and protection") is no topic of its own. Only a
 * bare pair, weak modifiers before it at most ("continued strength and unity"): a conjunct with a
 * modifier of its own is a phrase ("security protocols and expansion of …", pieceTopics).
 */
export function relationalPair(text: string): boolean {
  const words = text.toLowerCase().split(' ');
  const and = words.length - 2;
  if (and < 1 || words[and] !== 'and') return false;
  if (!words.slice(0, and - 1).every((word) => Q.weakModifiers.has(word))) return false;
  return Q.relationalHeads.has(words[and - 1]!) || Q.relationalHeads.has(words[and + 1]!);
}
