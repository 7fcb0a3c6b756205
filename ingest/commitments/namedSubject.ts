/**
 * Subjects that name their actors: the recognised countries, officials and organizations right
 * before the verb, a bare head naming the document's grouping ("The Alliance"), a country's side
 * or possessive ("the DPRK side", "South Korea's foreign ministry"), and an official's title
 * with a named official coordinated before it.
 */
import type { Subject, SubjectSite } from '../resolveActors';
import { MODAL_NEXT } from '../subjectShapes';
import type { EntityHit } from '../types';
import { carried } from './carryOver';
import { expandMembers } from './groups';
import { actorHitsEndingAt } from './namedList';
import { possessorOf, sideOf } from './sideSubject';
import { officialByTitle } from './titled';

/** "Japan and the United States", "Secretary Blinken": the actors named right before the verb. */
export function namedActors(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, left, trimmed } = site;
  const named =
    actorHitsEndingAt(hits, sentence.start, trimmed.length, left) ??
    withRegion(hits, sentence.start, trimmed, left);
  if (!named) return undefined;
  const titled = titleBefore(site, named.start, named.list.length > 1);
  const actors = expandMembers(
    [...new Set([...(titled?.actors ?? []), ...named.list.map((hit) => hit.entityId)])],
    context.members,
  );
  return carried(
    context,
    { actors, start: titled?.start ?? named.start, end: trimmed.length },
    named.list.length > 1 || titled !== undefined,
  );
}

/** The "and" (and the named official's title) between a title alone and the named official. */
const AND_TITLE = /\s+and\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+){0,3}$/;

/**
 * The comma before a serial list's first named official: "The Vice President, President Marcos,
 * and Prime Minister Kishida reaffirmed …" (a list that closes in "and" after the title alone).
 */
const COMMA_TITLE = /,\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+){0,3}$/;

/**
 * "The President and Prime Minister Bennett shared …", "The Vice President and King Abdullah
 * discussed …": an official named by title alone, opening the subject before "and" and a named
 * official, is one more actor (gold 17 of 17 such commitments had both; the named one alone was
 * read before). Only at the sentence's start or after a fronted phrase's comma. A serial list
 * takes it after a comma too (gold 2023-09-07: the Vice President with the two leaders named).
 */
function titleBefore(site: SubjectSite, namedStart: number, serial: boolean): Subject | undefined {
  const before = site.trimmed.slice(0, namedStart);
  const and = AND_TITLE.exec(before) ?? (serial ? COMMA_TITLE.exec(before) : null);
  if (!and) return undefined;
  const titled = officialByTitle(site.context, before.slice(0, and.index), true);
  if (!titled || !/^(?:[^,;:]*,\s*)?$/.test(before.slice(0, titled.start))) return undefined;
  return titled;
}

/**
 * "the United States and Africa will exert leadership …": a region coordinated last after named
 * actors is a party's partner continent, no actor of its own (regions do not undertake); the
 * named actors before it still speak (data/gold/README.md, 2022-12-15 food security).
 */
function withRegion(hits: EntityHit[], sentenceStart: number, trimmed: string, left: string) {
  const region = hits.find(
    (hit) => hit.type === 'Region' && !hit.nested && hit.end - sentenceStart === trimmed.length,
  );
  if (!region) return undefined;
  const and = REGION_AFTER_AND.exec(trimmed.slice(0, region.start - sentenceStart));
  return and ? actorHitsEndingAt(hits, sentenceStart, and.index, left) : undefined;
}

/** The "and" before a coordinated region ("… and Africa", "… and the Pacific"). */
const REGION_AFTER_AND = /,?\s+and\s+(?:the\s+)?$/;

/** "The Alliance commits …": a bare head naming the document's grouping. */
export function ownGrouping({ context, trimmed }: SubjectSite): Subject | undefined {
  const head = /(?:^|\s)(?:[Tt]he|[Oo]ur)\s+([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ]+|coalition)$/.exec(
    trimmed,
  );
  const headId = head ? context.heads?.get(head[1]!.toLowerCase()) : undefined;
  if (!head || !headId) return undefined;
  const actors = expandMembers([headId], context.members);
  const start = head.index + (head[0].startsWith(' ') ? 1 : 0);
  return carried(context, { actors, start, end: trimmed.length }, true);
}

/** "the DPRK side", "the Russian and Chinese sides", "South Korea's foreign ministry". */
export function sideOrPossessor(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, at, left, trimmed } = site;
  const side =
    sideOf(hits, sentence.start, trimmed) ??
    // A possessor's own trip or meeting acts for them only before a bare verb: nothing trimmed
    // between subject and verb, and no modal after it.
    possessorOf(
      hits,
      sentence.start,
      trimmed,
      trimmed === left.trimEnd() && !MODAL_NEXT.test(sentence.text.slice(at)),
    );
  return carried(context, side, false);
}

/** "The President", "Mr. Sullivan and the Secretary General": an official by title. */
export function namedWithTitle(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, left, trimmed } = site;
  const titled = officialByTitle(context, trimmed, true);
  if (!titled) return undefined;
  // "Mr. Sullivan and the Secretary General": a named official coordinated before the title.
  const and = /\s+and\s+$/.exec(trimmed.slice(0, titled.start));
  const named = and && actorHitsEndingAt(hits, sentence.start, and.index, left);
  const actors = [
    ...new Set([...(named ? named.list.map((hit) => hit.entityId) : []), ...titled.actors]),
  ];
  return carried(
    context,
    named ? { actors, start: named.start, end: trimmed.length } : titled,
    false,
  );
}
