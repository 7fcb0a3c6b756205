/**
 * What a statement's own body (ownBody.ts) and an initiative's standing bodies (standingBody.ts)
 * share: which entity types a body's name takes, and finding the body named right before a verb.
 */
import type { EntityHit } from '../types';

/** The types a body's name takes (data/rules/names.json heads). */
export const BODY_TYPES: ReadonlySet<string> = new Set(['Program', 'Organization']);

export const foldText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The body hit ending right before the verb at `end` (sentence-relative, as `left` is), and where
 * its subject starts (a leading "the" included); undefined where none ends there or where the words
 * before it make it an object (`notSubject`: "of the Task Force", "through the Policy Pillar").
 */
export function bodyBeforeVerb(
  isBody: (entityId: string) => boolean,
  hits: readonly EntityHit[],
  sentenceStart: number,
  end: number,
  left: string,
  notSubject: RegExp,
): { hit: EntityHit; from: number } | undefined {
  const hit = hits.find((h) => h.end - sentenceStart === end && isBody(h.entityId));
  if (!hit) return undefined;
  const start = hit.start - sentenceStart;
  const article = /(?:^|\s)the\s+$/i.exec(left.slice(0, start));
  const from = article ? start - article[0].trimStart().length : start;
  return notSubject.test(left.slice(0, from)) ? undefined : { hit, from };
}
