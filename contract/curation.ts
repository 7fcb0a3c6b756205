/**
 * Curation: an analyst's corrections of the extraction, stored in Neo4j as audited overrides
 * (who, when, why; undo keeps the record). Shapes shared by the server's /api/overrides routes
 * and the web app's review panel; zod-free, the server validates with its own schemas.
 */

/** hide: an entity out of every view; junk: a topic that is no topic (hidden the same way);
 * merge: a duplicate entity folded into another; rejectCommitment: a wrong commitment;
 * rejectLink: one wrong actor / subject / target link of a commitment. */
export const OVERRIDE_KINDS = ['hide', 'junk', 'merge', 'rejectCommitment', 'rejectLink'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

/** The relationship a rejected link is, by the role the entity plays in the commitment. */
export const LINK_RELATIONS = { actor: 'MADE', about: 'ABOUT', target: 'TARGETS' } as const;
export type LinkRole = keyof typeof LINK_RELATIONS;

/** The header a curation write must carry: a cross-site form or fetch cannot set it. */
export const CURATION_HEADER = 'x-communique-curation';

/** POST /api/overrides */
export interface OverrideRequest {
  kind: OverrideKind;
  /** An entity id (hide, junk, merge) or a commitment id (rejectCommitment, rejectLink). */
  target: string;
  /** merge: the entity the duplicate is merged into. */
  into?: string;
  /** rejectLink: the entity at the other end and the role it plays. */
  entity?: string;
  role?: LinkRole;
  reason: string;
  /** Who makes the correction (the analyst's name as they give it). */
  author: string;
}

/** POST /api/overrides/:id/undo */
export interface UndoRequest {
  author: string;
  reason?: string;
}

export interface Override {
  id: string;
  kind: OverrideKind;
  target: string;
  /** The target's name when the override was made (a commitment: its stance, trigger and text). */
  targetName: string;
  into?: string;
  intoName?: string;
  entity?: string;
  entityName?: string;
  relation?: string;
  /** A rejected commitment or link: the commitment's stance and trigger when it was rejected. */
  stance?: string;
  trigger?: string;
  reason: string;
  author: string;
  /** ISO 8601. */
  createdAt: string;
  undoneAt?: string;
  undoneBy?: string;
  undoReason?: string;
}

/** GET /api/overrides?undone=&offset=&limit= */
export interface OverridesPage {
  items: Override[];
  total: number;
  offset: number;
  limit: number;
}
