/**
 * The one rule for a recognised entity's id ("country:japan") and the candidate every finder
 * proposes: kept apart from the name finders so they all share it without importing one another.
 */
import type { EntityType } from '../../contract/extraction';
import { slugify } from '../ids';
import { topicIdFor } from '../topics/thesaurus';
import type { Candidate } from './matchLexicon';

const PREFIX: Record<EntityType, string> = {
  Country: 'country',
  Official: 'official',
  Organization: 'organization',
  Program: 'program',
  Region: 'region',
  Topic: 'topic',
  Instrument: 'instrument',
  Event: 'event',
};

export function entityIdFor(type: EntityType, name: string): string {
  // A topic's id is its folded label (thesaurus.ts): case and plural do not make a second topic.
  if (type === 'Topic') return topicIdFor(name);
  return `${PREFIX[type]}:${slugify(name)}`;
}

/** A candidate for `surface` found at `start` (document offset), named `name` (the surface). */
export function candidateAt(
  type: EntityType,
  surface: string,
  start: number,
  source: Candidate['source'],
  name = surface,
): Candidate {
  return {
    entityId: entityIdFor(type, name),
    type,
    start,
    end: start + surface.length,
    text: surface,
    source,
  };
}

/**
 * `candidate` widened leftwards to `start` (document offset) and named `name` as `type`: a name
 * found inside a longer one that the text shows is the whole (dashedPairs.ts, placeOwnedInside.ts).
 */
export function widenedTo(
  candidate: Candidate,
  text: string,
  offset: number,
  start: number,
  name: string,
  type: EntityType,
): Candidate {
  return {
    ...candidate,
    entityId: entityIdFor(type, name),
    type,
    start,
    text: text.slice(start - offset, candidate.end - offset),
    name,
  };
}

/** A known place as written, not its demonym ("Vietnam", not "Vietnamese"). */
export function isPlace(known: Candidate): boolean {
  return (known.type === 'Country' || known.type === 'Region') && !known.adjectival;
}
