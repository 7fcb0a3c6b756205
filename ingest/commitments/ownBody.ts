/**
 * A joint body as the actor of its own clauses (gold README, session 14). In a statement about
 * the body itself, "The Task Force will continue to …" and "The Council reaffirms …" are the
 * body's own stances, as USAID is the actor of its own clauses. That holds when the title names
 * the body without founding it and the parties never speak as "we". Where the parties speak
 * ("We launch the Dialogue. The Dialogue will …") or the statement founds the body ("Executive
 * Order Establishing the Task Force"), what the body will do is its remit: no commitment.
 */
import type { Subject } from '../resolveActors';
import type { EntityHit } from '../types';
import { BODY_TYPES, bodyBeforeVerb, foldText as fold } from './bodyNamed';
import { GROUPS } from './groups';

/** A title that founds the body ("Establishing the …", "Announce Task Force", "Launching …"). */
const FOUNDING =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:establish[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|(?:re-?)?launch[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|announc[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|creat[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|appoint[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|names?|new)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** Quoted words ("the EU's proposed “you collect, we buy” approach") are no one speaking. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

/** An object of a preposition or a possessive ("The meetings of the Task Force") is no subject. */
const NOT_SUBJECT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|for|to|in|with|by|on|at|from|through|under|our|their|its|his|her)\s+$/i;

/**
 * The joint bodies of a statement about itself: each body hit's entity id → the id of the body as
 * actor (the fullest name the title gives it: "the Task Force" is the "U.S.-EU Task Force on
 * Energy Security" of the title). Empty when the parties speak as "we" or the title founds it.
 */
export function statementBodies(
  title: string,
  sentences: readonly { index: number; text: string }[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
): ReadonlyMap<string, string> {
  const bodies = new Map<string, string>();
  const named = fold(title);
  if (FOUNDING.test(title)) return bodies;
  if (
    sentences.some((s) =>
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])we(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(s.text.replace(QUOTED, '')),
    )
  )
    return bodies;
  const texts = new Map<string, string>();
  for (const sentence of sentences) {
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      const text = fold(hit.text).replace(/^the /, '');
      if (hit.nested || !BODY_TYPES.has(hit.type) || !GROUPS.bodyHead.test(hit.text)) continue;
      if (!named.includes(text)) continue;
      if (text.length > (texts.get(hit.entityId)?.length ?? 0)) texts.set(hit.entityId, text);
    }
  }
  for (const [id, text] of texts) {
    // The fullest title-named body whose name holds this one ("task force" in "u.s.-eu task force …").
    let actor = id;
    let longest = text.length;
    for (const [other, otherText] of texts) {
      if (otherText.length > longest && otherText.includes(text)) {
        actor = other;
        longest = otherText.length;
      }
    }
    bodies.set(id, actor);
  }
  return bodies;
}

/** "The Task Force will …": the statement's own body ending right before the verb at `end`. */
export function bodySubject(
  bodies: ReadonlyMap<string, string> | undefined,
  hits: readonly EntityHit[],
  sentenceStart: number,
  end: number,
  left: string,
): Subject | undefined {
  if (!bodies || bodies.size === 0) return undefined;
  const found = bodyBeforeVerb((id) => bodies.has(id), hits, sentenceStart, end, left, NOT_SUBJECT);
  const actor = found && bodies.get(found.hit.entityId);
  return actor ? { actors: [actor], start: found.from, end } : bodyAnaphor(bodies, left, end);
}

/**
 * "The trilateral committee", "The committee" opening a clause, where the statement's own body
 * was named "the Trilateral Fentanyl Committee": the body again (gold 2023-04-14, session 14).
 */
const BODY_ANAPHOR =
  /(?:^|[,;]\s+)([Tt]he\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(committee|commission|council|task force|taskforce|working group|steering group|board|secretariat|forum)\s*)$/u;

function bodyAnaphor(
  bodies: ReadonlyMap<string, string>,
  left: string,
  end: number,
): Subject | undefined {
  const anaphor = BODY_ANAPHOR.exec(left);
  if (!anaphor) return undefined;
  const [, phrase, modifier, head] = anaphor;
  // The actor id is the slug of the body's name: its words are the name's words.
  const fits = [...new Set(bodies.values())].filter((actor) => {
    const name = ` ${actor.slice(actor.indexOf(':') + 1).replace(/-/g, ' ')} `;
    const tail = head!.replace(/\s+/g, ' ');
    return name.endsWith(` ${tail} `) && (!modifier || name.includes(` ${modifier} `));
  });
  // Only one body of that name: "the committee" among two committees names neither.
  return fits.length === 1 ? { actors: fits, start: end - phrase!.length, end } : undefined;
}

/** The bodies that speak for this statement, as actor ids. */
export function speakingBodies(bodies: ReadonlyMap<string, string> | undefined): Set<string> {
  return new Set(bodies?.values() ?? []);
}
