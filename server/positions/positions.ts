/**
 * Positions: "the same commitment restated". A commitment states one position per entity it is
 * about, keyed by its actors' countries, its stance family and that entity (entity ids are the
 * canonical topics until the topic thesaurus lands). Pure functions over query rows.
 */

import type { z } from 'zod';
import type { EntityRef } from '../../contract/api';
import type { EntityType, Stance } from '../../contract/extraction';
import type { PositionRef, PositionStatement } from '../../contract/positions';
import { toEvidence } from '../graphRows';
import type * as rows from '../rows';
import { familyOf } from './stanceFamilies';

/** A commitment as cypher/api/compareCommitments.cypher and timeline.cypher return it. */
export type CommitmentRow = z.output<typeof rows.CommitmentRow>;

/** One position a commitment states, with the statement that states it. */
export interface StatedPosition {
  ref: PositionRef;
  statement: PositionStatement;
  row: CommitmentRow;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function positionRef(countries: EntityRef[], stance: Stance, about: EntityRef): PositionRef {
  const sorted = [...new Map(countries.map((c) => [c.id, c])).values()].sort(byId);
  const family = familyOf(stance);
  return {
    key: `${sorted.map((c) => c.id).join('+')}|${family}|${about.id}`,
    countries: sorted,
    family,
    about: { id: about.id, name: about.name, type: about.type },
  };
}

export function toStatement(row: CommitmentRow): PositionStatement {
  return {
    ...toEvidence(row),
    commitmentId: row.commitmentId,
    stance: row.stance,
    trigger: row.trigger,
  };
}

/** Every position a commitment states: one per about-entity, explicit or implicit. */
export function statedPositions(row: CommitmentRow): StatedPosition[] {
  const statement = toStatement(row);
  const about = [...new Map(row.about.map((x) => [x.id, x])).values()].sort(byId);
  return about.map((x) => ({ ref: positionRef(row.countries, row.stance, x), statement, row }));
}

export interface PositionGroup {
  ref: PositionRef;
  statements: PositionStatement[];
}

/** Positions of a set of commitments, each with every statement of it, in row order. */
export function groupPositions(rows: CommitmentRow[]): Map<string, PositionGroup> {
  const groups = new Map<string, PositionGroup>();
  for (const row of rows) {
    for (const { ref, statement } of statedPositions(row)) {
      const group = groups.get(ref.key) ?? { ref, statements: [] };
      if (!group.statements.some((s) => s.commitmentId === statement.commitmentId))
        group.statements.push(statement);
      groups.set(ref.key, group);
    }
  }
  return groups;
}

/** Entity types whose appearance or disappearance the compare view reports as a topic change. */
export const TOPIC_TYPES: readonly EntityType[] = ['Topic', 'Program'];
