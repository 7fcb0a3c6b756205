/**
 * The finders of dated Events a statement reports — an official's visit, a disaster, an attack, an
 * inauguration. Each names what it finds by its kind, its place or person and the statement's
 * date, so all read the same document scope; a new kind of dated event is one file and one line
 * in DATED_EVENT_FINDERS.
 */
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { datedVisits } from './datedVisits';
import { disasters } from './disasters';
import { hostYears } from './hostYears';
import { inaugurations } from './inaugurations';
import { incidents } from './incidents';

/** What a dated-event finder reads; it adds its hits to `hitsBySentence`. */
export interface DatedEventScope {
  lexicon: Lexicon;
  text: string;
  sentences: readonly SegmentedSentence[];
  hitsBySentence: Map<number, EntityHit[]>;
  /** The document's title. */
  title: string;
  /** The document's date (ISO), which dates what the finders name. */
  isoDate: string | undefined;
}

const DATED_EVENT_FINDERS: readonly ((scope: DatedEventScope) => void)[] = [
  datedVisits,
  disasters,
  incidents,
  inaugurations,
  hostYears,
];

/** Adds the hits of every dated-event finder, in the order above (later ones see earlier hits). */
export function datedEvents(scope: DatedEventScope): void {
  for (const find of DATED_EVENT_FINDERS) find(scope);
}
