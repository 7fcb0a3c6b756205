/**
 * The precision side of the about-miss census: every named entity the sentence of a matched
 * commitment mentions but the commitment does not link, by where it stands (before or after the
 * trigger, held by another commitment of the sentence, one of the actors). The CLI counts, per
 * class, how many of these the gold puts in `about`: a rule that links a class gains its "in gold"
 * items and adds its "not in gold" ones, so a class pays only where the first clearly outweighs the
 * second (session 46: none did, the best 71 of 749).
 */
import type { Mention } from '../../contract/extraction';

/** A mention with offsets in its sentence, and whether it names a topic. */
export interface SentenceMention {
  readonly entityId: string;
  readonly topic: boolean;
  readonly start: number;
  readonly end: number;
}

export interface UnlinkedContext {
  /** Where the trigger starts in the sentence (a mention inside it counts as after). */
  readonly triggerStart: number;
  /** What the commitment links (about, implicitAbout). */
  readonly linked: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  /** What the sentence's other commitments link. */
  readonly siblings: ReadonlySet<string>;
}

/** The sentence's mentions with offsets in the sentence (mentions are offset in the document). */
export function sentenceMentions(
  mentions: readonly Mention[],
  sentenceId: string,
  sentenceStart: number,
  isTopic: (entityId: string) => boolean,
): SentenceMention[] {
  return mentions
    .filter((m) => m.sentenceId === sentenceId)
    .map((m) => ({
      entityId: m.entityId,
      topic: isTopic(m.entityId),
      start: m.start - sentenceStart,
      end: m.end - sentenceStart,
    }));
}

/**
 * Each named entity of the sentence the commitment leaves out, once (its first mention), with its
 * class: `before`/`after` the trigger, `:sibling` when another clause links it, `:actor` when it
 * speaks. Topics are the topic stage's; a name only inside a longer name ("Japan" in "U.S.-Japan
 * Alliance") stays out by the conventions, so neither is counted.
 */
export function unlinkedEntities(
  mentions: readonly SentenceMention[],
  context: UnlinkedContext,
): Map<string, string> {
  const classes = new Map<string, string>();
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const mention of ordered) {
    const id = mention.entityId;
    if (mention.topic || context.linked.has(id) || classes.has(id)) continue;
    const inside = mentions.some(
      (o) =>
        o.entityId !== id &&
        o.start <= mention.start &&
        o.end >= mention.end &&
        o.end - o.start > mention.end - mention.start,
    );
    if (inside) continue;
    const position = mention.start < context.triggerStart ? 'before' : 'after';
    const sibling = context.siblings.has(id) ? ':sibling' : '';
    const actor = context.actors.has(id) ? ':actor' : '';
    classes.set(id, `${position}${sibling}${actor}`);
  }
  return classes;
}
