/**
 * "support for COVAX", "commitment to the Paris Agreement": a noun that takes "to"/"for"
 * (toHeads) whose whole object is a named body, programme, treaty or event says no more than
 * the name, which is already in the clause's about; the phrase is no topic of its own. A
 * country or region is different: "commitment to the ROK", "support to Ukraine" name a
 * relation with a party (a security commitment, assistance), not the party itself.
 */
import type { EntityHit } from '../types';

/** Names that stand for a party rather than a thing. */
const PARTIES = new Set<EntityHit['type']>(['Country', 'Region', 'Official']);

/** Whether the phrase at [from, to) (document offsets) ends in "to/for (the) NAME". */
export function endsInNamedThing(
  sentenceText: string,
  sentenceStart: number,
  from: number,
  to: number,
  hits: readonly EntityHit[],
): boolean {
  return hits.some((hit) => {
    if (hit.type === 'Topic' || PARTIES.has(hit.type)) return false;
    if (hit.start <= from || hit.start >= to || hit.end < to) return false;
    const before = sentenceText.slice(from - sentenceStart, hit.start - sentenceStart);
    return /\s(?:to|for)\s+(?:the\s+)?$/.test(before);
  });
}
