/**
 * Types shared inside the ingest pipeline (the output contract itself lives in ./contract.ts).
 */
import type { EntityType } from '../contract/extraction';

export type SourceFormat = 'text' | 'html' | 'pdf';

/** What a reading adapter hands to `extract`: metadata plus the raw (not yet normalised) body. */
export interface SourceDocument {
  /** Path the document was read from (for messages only; `extract` does no I/O). */
  path: string;
  /** File basename without extension: the stable part of every id derived from this document. */
  basename: string;
  format: SourceFormat;
  title?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  place?: string;
  source?: string;
  /** The body text as read, header removed; `normalise` repairs it before offsets are taken. */
  body: string;
  /** sha256 (hex) of the bytes read, so re-ingesting an unchanged file is recognisable. */
  sha256: string;
}

/** One recognised surface form in the normalised text, before ids are assigned to sentences. */
export interface EntityHit {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Adjectival forms ("North Korean") name a state without being a grammatical actor. */
  adjectival?: boolean;
  /** A hit inside a longer name ("UN" in "UN Charter"): declared, not put in `about`. */
  nested?: boolean;
  /** The entity's name when the surface says less ("police" in "the Myanmar military and police"). */
  name?: string;
}

/** Entity record as built during extraction (aliases collected as a set while scanning). */
export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  attributes?: Record<string, string>;
}
