/**
 * Who is speaking. The statement's parties (signatories) and the meeting's officials are worked
 * out once per document; each stance trigger's subject — a pronoun, a group noun ("the Secretary
 * and Foreign Ministers", "the two leaders"), or named actors — is resolved against them, with
 * "They"/"He" carried over from the last plural/singular subject.
 */

import { TITLE_BEFORE } from './rules/titles';
import type { EntityHit } from './types';

export interface ActorContext {
  /** Countries (or, failing that, organizations) in whose name the statement speaks. */
  signatories: string[];
  /** Officials introduced as the meeting's participants. */
  officials: string[];
  lastPlural?: string[];
  lastSingular?: string[];
}

export interface Subject {
  actors: string[];
  /** Character range of the subject in the sentence (relative), for excluding it from `about`. */
  start: number;
  end: number;
}

const ACTOR_TYPES = new Set(['Country', 'Official', 'Organization']);

/** Words allowed between a subject and its verb. */
const BETWEEN =
  /(?:\s+(?:also|further|jointly|strongly|firmly|fully|together|again|once|continue to|continues to|will|would|shall|have|has|had|can|must|today|each|both|all|hereby|newly|resolutely|themselves|ourselves|remain|remains|therefore|thus|likewise|similarly|unequivocally|hereby|now|jointly))*\s*$/i;

const GROUP =
  /\b(?:the\s+|our\s+|their\s+)?(?:(?:two|three|four|five|six|seven|[A-Z][\w-]*|foreign|defense|defence|national|security|and|heads|of|state|government|trade|finance)\s+){0,6}(leaders|ministers|advisors|advisers|secretaries|officials|sides|parties|countries|governments|nations|participants|delegations|members)$/i;

/** Titles are one list (data/rules/titles.json). */
const TITLE_TAIL = TITLE_BEFORE;

const COUNTRY_GROUP = /(?:countries|governments|nations|sides|parties|members)$/i;

export function groupActors(context: ActorContext, noun: string): string[] {
  if (COUNTRY_GROUP.test(noun)) return context.signatories;
  return context.officials.length > 0 ? context.officials : context.signatories;
}

function actorHitsEndingAt(hits: EntityHit[], sentenceStart: number, end: number, left: string) {
  // Walk back over a coordinated list: "Japan and the ROK", "the United States, Japan, and …".
  // A bare comma joins only inside a list that ends in "and" ("for our Alliance, President …"
  // is not a list).
  const list: EntityHit[] = [];
  let position = end;
  let sawAnd = false;
  for (;;) {
    const hit = hits.find(
      (candidate) =>
        !candidate.nested &&
        !candidate.adjectival &&
        ACTOR_TYPES.has(candidate.type) &&
        candidate.end - sentenceStart === position,
    );
    if (!hit) break;
    // An object of a preposition or possessive ("for our Alliance, …") is not in a subject list.
    const lead = left.slice(0, hit.start - sentenceStart).replace(/(?:the\s+)$/i, '');
    if (list.length > 0 && /\b(?:our|their|its|for|of|to|in|with|by|on|at|from)\s+$/i.test(lead))
      break;
    list.unshift(hit);
    // "President Biden and President Yoon": a title before a coordinated name is part of it.
    const before = left.slice(0, hit.start - sentenceStart).replace(TITLE_TAIL, '');
    const joiner = /(?:,\s*and\s+|\s+and\s+|,\s+)(?:the\s+)?$/.exec(before);
    const isAnd = joiner ? /and/.test(joiner[0]) : false;
    if (!joiner || (!isAnd && !sawAnd)) break;
    sawAnd ||= isAnd;
    position = before.length - joiner[0].length;
  }
  if (list.length === 0) return undefined;
  const first = list[0]!.start - sentenceStart;
  const article = /(?:^|\s)(?:the\s+)$/i.exec(left.slice(0, first));
  return {
    list,
    start: article ? first - article[0].length + (article[0].startsWith(' ') ? 1 : 0) : first,
  };
}

/**
 * The subject immediately before a trigger at `at` (relative to the sentence), if any.
 * Updates the carried-over They/He context when a subject is found.
 */
export function subjectBefore(
  context: ActorContext,
  sentence: { text: string; start: number },
  hits: EntityHit[],
  at: number,
): Subject | undefined {
  const left = sentence.text.slice(0, at);
  const trimmed = left.replace(BETWEEN, '');
  const end = trimmed.length;

  const pronoun = /(?:^|[^\w])(we|they|he|she|i)$/i.exec(trimmed);
  if (pronoun) {
    const word = pronoun[1]!.toLowerCase();
    const start = end - word.length;
    let actors: string[];
    if (word === 'we' || word === 'i') actors = context.signatories;
    else if (word === 'they')
      actors =
        context.lastPlural ?? (context.officials.length ? context.officials : context.signatories);
    else actors = context.lastSingular ?? context.officials.slice(0, 1);
    return { actors, start, end };
  }

  const named = actorHitsEndingAt(hits, sentence.start, end, left);
  if (named) {
    const actors = [...new Set(named.list.map((hit) => hit.entityId))];
    remember(context, actors, named.list.length > 1);
    return { actors, start: named.start, end };
  }

  const group = GROUP.exec(trimmed);
  if (group) {
    const actors = groupActors(context, group[1]!);
    remember(context, actors, true);
    return { actors, start: group.index, end };
  }
  return undefined;
}

function remember(context: ActorContext, actors: string[], plural: boolean) {
  if (actors.length === 0) return;
  if (plural || actors.length > 1) context.lastPlural = actors;
  else context.lastSingular = actors;
}
