/** Shapes of GET /api/compare and GET /api/timeline/:id; the web app imports them too. */

import type { DocumentRef, EntityRef, Evidence } from './api';
import type { Stance } from './vocabulary';

/** One commitment stating a position: its sentence (about-entities highlighted) and document. */
export interface PositionStatement extends Evidence {
  commitmentId: string;
  stance: Stance;
  trigger: string;
}

/**
 * "The same commitment restated": the actors' countries (officials count for the country they
 * represent), the stance family and one canonical about-entity.
 */
export interface PositionRef {
  key: string;
  countries: EntityRef[];
  family: string;
  about: EntityRef;
}

export interface ComparedPosition extends PositionRef {
  a: PositionStatement[];
  b: PositionStatement[];
  /** Set when the stances differ between the sides (concern → condemn, support → oppose). */
  stanceChange?: { from: Stance[]; to: Stance[]; direction: 'firmer' | 'softer' | 'shifted' };
  /** Set when the trigger wording differs ("expressed concern" → "strongly condemned"). */
  wordingChange?: { from: string[]; to: string[] };
}

/** A capped list: `total` before the cap. */
export interface Capped<T> {
  total: number;
  items: T[];
}

export interface TopicChange {
  entity: EntityRef;
  statements: PositionStatement[];
}

/** An entity named in most statements of a series (same signatories) but not in this one. */
export interface Absence {
  entity: EntityRef;
  document: DocumentRef;
  /** Statements in the series (same signatories), and how many of them name the entity. */
  seriesSize: number;
  namedIn: number;
}

export interface CompareResponse {
  a: DocumentRef[];
  b: DocumentRef[];
  limit: number;
  new: Capped<ComparedPosition>;
  restated: Capped<ComparedPosition>;
  dropped: Capped<ComparedPosition>;
  stanceChanges: Capped<ComparedPosition>;
  wordingChanges: Capped<ComparedPosition>;
  topics: { appeared: Capped<TopicChange>; disappeared: Capped<TopicChange> };
  absences: Absence[];
}

export type TimelineMark = 'first' | 'restated' | 'last' | 'only';

export interface TimelineEntry extends PositionStatement {
  position: PositionRef;
  mark: TimelineMark;
  /** When the position was first stated, in the whole corpus. */
  firstStated: string | null;
  roles: ('actor' | 'about' | 'target' | 'mentioned')[];
}

export interface TimelinePosition extends PositionRef {
  firstStated: string | null;
  lastStated: string | null;
  statements: number;
  documents: number;
}

export interface TimelineDocument extends DocumentRef {
  commitments: number;
  /** A sentence naming the entity when no commitment of this document involves it. */
  mention: Evidence | null;
}

export interface TimelineResponse {
  entity: EntityRef;
  /** Documents naming the entity, oldest first: the chart's columns; gaps show between them. */
  documents: TimelineDocument[];
  /** Most restated first, capped (an actor such as the United States has thousands). */
  positions: Capped<TimelinePosition>;
  entries: Capped<TimelineEntry>;
  limit: number;
}
