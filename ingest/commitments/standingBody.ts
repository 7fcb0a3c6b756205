/**
 * An initiative's standing working bodies as actors of their own clauses (gold README, session
 * 17: "The CRI's pillars and task force … are the actors where they are the subject"). Unlike a
 * statement's own body (ownBody.ts), these speak even where the parties speak as "we": the
 * Policy Pillar, the Diplomacy and Capacity Building Pillar, the International Counter
 * Ransomware Task Force (ICRTF) report their own work in the members' joint statement. A body the
 * statement itself launches or establishes is what the parties set up, its work their remit
 * ("We launch the Dialogue. The Dialogue will …", session 13): never a standing body.
 */
import type { Subject } from '../resolveActors';
import type { EntityHit } from '../types';
import { BODY_TYPES, bodyBeforeVerb, foldText as fold } from './bodyNamed';
import { GROUPS } from './groups';

/** A standing body: its entity id and where the text names it (document offsets, in order). */
export interface StandingBody {
  id: string;
  /** Its head noun as written in its name ("Pillar", "Task Force"), for "the Pillar". */
  head: string;
  starts: number[];
}

/** "we launch the …", "established a new …": a founding verb just before the body's name. */
const FOUNDED_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:launch[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|establish[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|creat[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|form(?:s|ed|ing)?|set(?:s|ting)?\s+up|stand(?:s|ing)?\s+up|stood\s+up|inaugurat[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|announc[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|convene[\wÀ-ÖØ-öø-ɏḀ-ỿ]*)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.()-]+){0,8}?\s+$/i;

/** A title founding a body it names ("Launching the …", "Announce Task Force …"). */
const FOUNDING_TITLE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:establish[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|(?:re-?)?launch[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|announc[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|creat[\wÀ-ÖØ-öø-ɏḀ-ỿ]*|new)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** An object of a preposition or a possessive ("through the Policy Pillar") is no subject. */
const NOT_SUBJECT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|for|to|in|with|by|on|at|from|through|under|our|their|its|his|her|other)\s+$/i;

/**
 * The statement's standing bodies by entity id: a Program or Organization whose name ends in a
 * `standingBodyHeads` noun (any of its names: "ICRTF" is the Task Force's), never founded here.
 */
export function standingBodies(
  title: string,
  sentences: readonly { index: number; text: string; start: number }[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
): ReadonlyMap<string, StandingBody> {
  const bodies = new Map<string, StandingBody>();
  const founded = new Set<string>();
  const titleText = fold(title);
  for (const sentence of sentences) {
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      if (hit.nested || !BODY_TYPES.has(hit.type)) continue;
      // ("Task Force on Energy Security": the head noun without its remit.)
      const head = GROUPS.standingHead.exec(hit.text)?.[0].replace(/\s+(?:on|for|to)\s.*$/, '');
      const known = bodies.get(hit.entityId);
      if (head && !known) bodies.set(hit.entityId, { id: hit.entityId, head, starts: [] });
      const before = sentence.text.slice(
        Math.max(0, hit.start - sentence.start - 80),
        hit.start - sentence.start,
      );
      if (FOUNDED_BEFORE.test(before.replace(/^.*[.;:]/, ''))) founded.add(hit.entityId);
      if (FOUNDING_TITLE.test(title) && titleText.includes(fold(hit.text)))
        founded.add(hit.entityId);
    }
  }
  for (const sentence of sentences) {
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      bodies.get(hit.entityId)?.starts.push(hit.start);
    }
  }
  for (const id of founded) bodies.delete(id);
  return bodies;
}

/**
 * "The Policy Pillar also examined …", "the ICRTF will build upon …": a standing body named right
 * before the verb at `end`; "The Pillar will prioritize …": the body with that head named last
 * before this sentence. Offsets are sentence-relative, as `left` is.
 */
export function standingSubject(
  bodies: ReadonlyMap<string, StandingBody> | undefined,
  hits: readonly EntityHit[],
  sentenceStart: number,
  end: number,
  left: string,
): Subject | undefined {
  if (!bodies || bodies.size === 0) return undefined;
  const hit = hits.find((h) => h.end - sentenceStart === end && bodies.has(h.entityId));
  if (hit) {
    const found = bodyBeforeVerb(
      (id) => bodies.has(id),
      [hit],
      sentenceStart,
      end,
      left,
      NOT_SUBJECT,
    );
    return found && { actors: [hit.entityId], start: found.from, end };
  }
  const short = GROUPS.standingShort.exec(left.slice(0, end));
  if (!short) return undefined;
  const head = short[1]!.toLowerCase();
  let latest: { id: string; at: number } | undefined;
  for (const body of bodies.values()) {
    if (!body.head.toLowerCase().endsWith(head)) continue;
    const at = body.starts.filter((start) => start < sentenceStart).pop();
    if (at !== undefined && (!latest || at > latest.at)) latest = { id: body.id, at };
  }
  if (!latest) return undefined;
  const start = end - short[0].length + short[0].search(/[Tt]he\s/);
  return { actors: [latest.id], start, end };
}
