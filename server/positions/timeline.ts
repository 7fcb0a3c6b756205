/**
 * A focal entity's timeline: its commitments by document date, each under one position and
 * marked first / restated / last seen within it, with the position's first-stated date, and the
 * documents that name the entity (those without a commitment show the sentence naming it).
 * Pure, unit-tested; rows arrive oldest first.
 */

import type { z } from 'zod';
import type { EntityRef } from '../../contract/api';
import type {
  PositionRef,
  TimelineDocument,
  TimelineEntry,
  TimelineMark,
  TimelinePosition,
  TimelineResponse,
} from '../../contract/positions';
import type { EvidenceRow } from '../graphRows';
import { toEvidence } from '../graphRows';
import type * as rows from '../rows';
import { cap } from './compare';
import { positionRef, toStatement } from './positions';

/** Positions sent, most restated first: the chart draws a dozen; an actor may have thousands. */
export const POSITIONS_CAP = 200;

export type TimelineRow = z.output<typeof rows.TimelineRow>;

/**
 * The one position an entry is filed under: about the focal entity, unless the entity only made
 * the commitment (then about its first topic, or first about-entity).
 */
function entryPosition(row: TimelineRow, focal: EntityRef): PositionRef {
  const onlyActor = row.roles.length > 0 && row.roles.every((r) => r === 'actor');
  const about = [...row.about].sort(
    (x, y) => Number(y.type === 'Topic') - Number(x.type === 'Topic') || x.id.localeCompare(y.id),
  );
  return positionRef(row.countries, row.stance, (onlyActor && about[0]) || focal);
}

const dateOf = (row: EvidenceRow) => row.document.date ?? null;

export function markOf(docId: string, docs: string[]): TimelineMark {
  if (docs.length === 1) return 'only';
  if (docId === docs[0]) return 'first';
  if (docId === docs[docs.length - 1]) return 'last';
  return 'restated';
}

export function buildTimeline(
  focal: EntityRef,
  rows: TimelineRow[],
  namingDocs: EvidenceRow[],
  page: { limit: number; offset: number },
): Omit<TimelineResponse, 'limit'> {
  const filed = rows.map((row) => ({ row, ref: entryPosition(row, focal) }));
  const positions = new Map<string, TimelinePosition & { docIds: string[] }>();
  for (const { row, ref } of filed) {
    const p = positions.get(ref.key) ?? {
      ...ref,
      firstStated: dateOf(row),
      lastStated: dateOf(row),
      statements: 0,
      documents: 0,
      docIds: [],
    };
    p.statements += 1;
    p.lastStated = dateOf(row) ?? p.lastStated;
    if (!p.docIds.includes(row.document.id)) p.docIds.push(row.document.id);
    p.documents = p.docIds.length;
    positions.set(ref.key, p);
  }
  const entries: TimelineEntry[] = filed.map(({ row, ref }) => {
    const p = positions.get(ref.key);
    return {
      ...toStatement(row),
      position: ref,
      mark: markOf(row.document.id, p?.docIds ?? []),
      firstStated: p?.firstStated ?? null,
      roles: row.roles.length ? row.roles : ['mentioned'],
    };
  });
  const documents = new Map<string, TimelineDocument>();
  for (const { row } of filed) {
    const d = documents.get(row.document.id) ?? {
      ...toEvidence(row).document,
      commitments: 0,
      mention: null,
    };
    d.commitments += 1;
    documents.set(d.id, d);
  }
  for (const named of namingDocs)
    if (!documents.has(named.document.id))
      documents.set(named.document.id, {
        ...toEvidence(named).document,
        commitments: 0,
        mention: toEvidence(named),
      });
  const byDate = (x: { date: string | null; id: string }, y: { date: string | null; id: string }) =>
    (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id.localeCompare(y.id);
  return {
    entity: focal,
    documents: [...documents.values()].sort(byDate),
    positions: cap(
      [...positions.values()]
        .map(({ docIds: _docIds, ...p }) => p)
        .sort(
          (x, y) =>
            y.documents - x.documents ||
            (x.firstStated ?? '9999').localeCompare(y.firstStated ?? '9999') ||
            x.key.localeCompare(y.key),
        ),
      POSITIONS_CAP,
    ),
    entries: { total: entries.length, items: entries.slice(page.offset, page.offset + page.limit) },
  };
}
