/**
 * Who "They", "He" or "She" is next: a found subject is remembered on the context, and
 * pronounActors.ts reads it back for the next pronoun subject.
 */
import type { ActorContext, Subject } from '../resolveActors';
import type { EntityHit } from '../types';

/**
 * `found`, after remembering its actors as the last plural subject (`plural`, or more than one
 * actor) or the last singular one; a single official is also the last person.
 */
export function carried(
  context: ActorContext,
  found: Subject | undefined,
  plural: boolean,
): Subject | undefined {
  if (found) remember(context, found.actors, plural);
  return found;
}

function remember(context: ActorContext, actors: string[], plural: boolean) {
  if (actors.length === 0) return;
  if (plural || actors.length > 1) context.lastPlural = actors;
  else context.lastSingular = actors;
  if (actors.length === 1 && actors[0]!.startsWith('official:')) context.lastPerson = actors;
}

/**
 * "The Trans-Atlantic Data Privacy Framework reflects … It will provide a durable basis …" (gold
 * 2022-03-25): a sentence whose subject is a named instrument or programme makes that thing the
 * next "It", so a country remembered before it is no longer who "It" is. A stance of that thing
 * is its remit, not a party's (sessions 8 and 14 A), so "It" then has no actor.
 */
/**
 * "This new law reestablishes America’s leadership … It will help secure …": an unnamed singular
 * thing ("this new law", "the agreement", "today’s decision") as a sentence's subject, its verb
 * right after it, is the next "It" just as a named instrument is; a country named in its object
 * is not (no gold commitment has the speakers' country as an "It" after such a sentence).
 */
const THING_OPENING =
  /^(?:This|That|The|Today[’']s)\s+(?:\p{Ll}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+){0,3}?\p{Ll}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+(?:will|would|has|is|was|can|could|\p{Ll}{3,}(?<!ss)s)\s/u;

export function forgetAfterThingSubject(
  context: ActorContext,
  sentence: { text: string; start: number },
  hits: readonly EntityHit[],
): void {
  if (THING_OPENING.test(sentence.text)) {
    context.lastSingular = [];
    return;
  }
  const first = hits.find((hit) => !hit.nested && hit.start >= sentence.start);
  if (!first || (first.type !== 'Instrument' && first.type !== 'Program')) return;
  if (!/^(?:[Tt]he\s+)?(?:new\s+)?$/.test(sentence.text.slice(0, first.start - sentence.start)))
    return;
  if (!/^\s+\p{Ll}+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u.test(sentence.text.slice(first.end - sentence.start)))
    return;
  context.lastSingular = [];
}
