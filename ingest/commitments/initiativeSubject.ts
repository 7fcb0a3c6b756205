/**
 * A members' initiative or coalition named by its own joint statement speaks through its members
 * (gold README 2024-10-02 and session 17: the actors of "CRI continues to call for …" and "this
 * coalition … continues to build upon …" are the listed members, as ASEAN and the G7 stand for
 * theirs). It holds only where the title names the initiative and the statement lists at least
 * three parties that are not the initiative itself; a body the statement founds is its remit.
 */
import type { ActorContext, Subject } from '../resolveActors';
import type { EntityHit } from '../types';
import { bodyBeforeVerb, foldText as fold } from './bodyNamed';

/** An initiative or coalition by its head noun (the title's "… Ransomware Initiative"). */
const INITIATIVE_NAME = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:initiative|coalition)$/i;

/** A title that founds it ("Launching the …"): what it will do is then a remit. */
const FOUNDING_TITLE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:establish[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|(?:re-?)?launch[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|creat[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|new)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** An object of a preposition or a possessive ("through the Initiative") is no subject. */
const NOT_SUBJECT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|for|to|in|into|with|by|on|at|from|through|under|our|their|its|his|her)\s+$/i;

/** "this coalition", "The Initiative", "our coalition" right before the verb. */
const HEAD = /(?:^|\s)(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:[Cc]oalition|Initiative)$/;

/** The entity id of the initiative the title names, when its members sign the statement. */
export function speakingInitiative(
  title: string,
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
  signatories: readonly string[],
): string | undefined {
  if (signatories.length < 3 || FOUNDING_TITLE.test(title)) return undefined;
  const named = fold(title);
  for (const hits of hitsBySentence.values())
    for (const hit of hits) {
      if (hit.nested || hit.type !== 'Program' || signatories.includes(hit.entityId)) continue;
      const text = fold(hit.text).replace(/^the /, '');
      if (INITIATIVE_NAME.test(text) && named.includes(text)) return hit.entityId;
    }
  return undefined;
}

/**
 * A retrospective past ("the coalition sought to …", "led efforts") is the coalition's record,
 * narrative (gold README session 17), so only a present or future verb lets the members speak.
 */
const PAST_VERB =
  /^(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ed|sought|began|led|built|grew|made|took|held|brought|set|won|gave|met)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** "CRI continues to call for …", "this coalition … continues to …": the members speak. */
export function initiativeSubject(
  context: ActorContext,
  hits: readonly EntityHit[],
  sentence: { text: string; start: number },
  at: number,
  left: string,
): Subject | undefined {
  const id = context.initiative;
  if (!id || PAST_VERB.test(sentence.text.slice(at))) return undefined;
  const end = left.length;
  const found = bodyBeforeVerb(
    (other) => other === id,
    hits,
    sentence.start,
    end,
    left,
    NOT_SUBJECT,
  );
  if (found) return { actors: [...context.signatories], start: found.from, end };
  const head = HEAD.exec(left);
  if (!head) return undefined;
  return {
    actors: [...context.signatories],
    start: head.index + (head[0].startsWith(' ') ? 1 : 0),
    end,
  };
}
