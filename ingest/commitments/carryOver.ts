/**
 * Who "They", "He" or "She" is next: a found subject is remembered on the context, and
 * pronounActors.ts reads it back for the next pronoun subject.
 */
import type { ActorContext, Subject } from '../resolveActors';

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
