/**
 * "Given Ecuador’s commitments to take significant steps …, the United States will remove …",
 * "With Colombia’s announcement to allocate US$200 million …": a commitment its possessor made,
 * named in a frame opening the sentence, is the possessor's own `commit` (CONVENTIONS §6, nominal
 * stance phrases; gold 3 of 3: 2025-11-13 Ecuador and Guatemala, 2023-04-20 Colombia), not a stance
 * of the main clause's subject. The frames are data: `ownerActs` in data/rules/stances.json.
 */
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../trigger';
import type { EntityHit } from '../types';

/** Who may own such a commitment: a state, a body, or a named official. */
const OWNER_TYPES: ReadonlySet<string> = new Set(['Country', 'Organization', 'Official']);

/**
 * The entity named right before the apostrophe of the trigger's possessive, or undefined when the
 * possessor is no known actor ("Given the region’s commitment …" then takes no stance).
 */
export function ownerActor(
  trigger: Trigger,
  hits: readonly EntityHit[],
  sentence: SegmentedSentence,
): string | undefined {
  const owner = hits.find((hit) => {
    const from = hit.start - sentence.start;
    const to = hit.end - sentence.start;
    return (
      OWNER_TYPES.has(hit.type) &&
      from >= trigger.start &&
      to < trigger.end &&
      /^[’']/.test(sentence.text.slice(to, to + 1))
    );
  });
  return owner?.entityId;
}

/**
 * Where the opening frame ends: at its first comma ("…, the United States and Colombia committed
 * …": the main clause's subject is no part of what the owner undertook), else the sentence end.
 */
export function frameEnd(text: string, from: number): number {
  const comma = text.indexOf(',', from);
  return comma < 0 ? text.length : comma;
}
