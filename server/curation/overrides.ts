/**
 * Writing and undoing overrides: each is one write transaction that records the override (or
 * its undo) in Neo4j, applies the corrections (db/overrides.ts) and bumps the ingest version, so
 * the API's answer cache drops everything computed before. Validation happens inside the same
 * transaction, so two analysts curating the same entity at once cannot both succeed.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  LINK_RELATIONS,
  type Override,
  type OverrideRequest,
  type OverridesPage,
  type UndoRequest,
} from '../../contract/curation';
import type { Database } from '../../db/connect';
import { cypher } from '../../db/cypherFiles';
import { applyOverrides, resetOverrideTarget } from '../../db/overrides';
import { parseRow, queryRow } from '../db';
import { OverridePageRow, OverrideRow, OverrideTargetsRow } from '../rows';
import { OverrideConflictError, OverrideNotFoundError, OverrideTargetError } from './errors';

interface Named {
  id: string;
  name: string;
  type: string;
  hidden?: boolean;
}

interface Targets {
  entity: Named | null;
  commitment: { id: string; stance: string; trigger: string; text: string } | null;
  into: Named | null;
  link: Named | null;
  active: string | null;
}

const HIDING = new Set(['hide', 'junk', 'merge']);

async function write<T>(db: Database, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

const quoted = (s: string) => JSON.stringify(s);

/** Checks the request against the graph; the names the audit record keeps. */
function validate(request: OverrideRequest, t: Targets): Record<string, string | null> {
  const relation = request.role ? LINK_RELATIONS[request.role] : null;
  if (t.active)
    throw new OverrideConflictError(
      `${quoted(request.target)} is already curated by override ${t.active}; undo that one first`,
    );
  if (HIDING.has(request.kind)) {
    if (!t.entity) throw new OverrideTargetError(`no entity with id ${quoted(request.target)}`);
    if (t.entity.hidden)
      throw new OverrideConflictError(`${t.entity.name} is already hidden or merged`);
    if (request.kind === 'junk' && t.entity.type !== 'Topic')
      throw new OverrideConflictError(
        `only a Topic can be marked as junk; ${t.entity.name} is a ${t.entity.type} (hide it instead)`,
      );
  }
  if (request.kind === 'merge') {
    if (!t.into) throw new OverrideTargetError(`no entity with id ${quoted(request.into ?? '')}`);
    if (t.into.id === t.entity?.id)
      throw new OverrideConflictError('an entity cannot be merged into itself');
    if (t.into.hidden)
      throw new OverrideConflictError(
        `${t.into.name} is hidden or merged itself; merge into the entity it was merged into`,
      );
    if (t.into.type !== t.entity?.type)
      throw new OverrideConflictError(
        `${t.entity?.name} is a ${t.entity?.type} and ${t.into.name} a ${t.into.type}: only entities of one type merge`,
      );
  }
  if (request.kind === 'rejectCommitment' || request.kind === 'rejectLink') {
    if (!t.commitment)
      throw new OverrideTargetError(`no (unrejected) commitment with id ${quoted(request.target)}`);
    if (request.kind === 'rejectLink' && !t.link)
      throw new OverrideTargetError(
        `commitment ${quoted(request.target)} has no ${request.role} link to ${quoted(request.entity ?? '')}`,
      );
  }
  const c = t.commitment;
  return {
    kind: request.kind,
    target: request.target,
    targetName: c ? `${c.stance}: ${c.trigger} — ${c.text}`.slice(0, 300) : (t.entity?.name ?? ''),
    into: request.kind === 'merge' ? (request.into ?? null) : null,
    intoName: request.kind === 'merge' ? (t.into?.name ?? null) : null,
    entity: request.kind === 'rejectLink' ? (request.entity ?? null) : null,
    entityName: request.kind === 'rejectLink' ? (t.link?.name ?? null) : null,
    relation: request.kind === 'rejectLink' ? relation : null,
    // What the commitment said: its id is positional, so the override holds only while it matches.
    stance: c?.stance ?? null,
    trigger: c?.trigger ?? null,
    reason: request.reason,
    author: request.author,
  };
}

export async function createOverride(db: Database, request: OverrideRequest): Promise<Override> {
  return write(db, async (tx) => {
    const relation = request.role ? LINK_RELATIONS[request.role] : null;
    const found = await tx.run(cypher('curation/targets'), {
      kind: request.kind,
      target: request.target,
      into: request.into ?? null,
      entity: request.entity ?? null,
      relation,
    });
    const row = validate(
      request,
      parseRow('curation/targets', OverrideTargetsRow, found.records[0]?.toObject()),
    );
    const created = await tx.run(cypher('curation/create'), { row });
    await applyOverrides(tx);
    await tx.run(cypher('load/bumpIngestVersion'));
    return parseRow('curation/create', OverrideRow, created.records[0]?.get('override'));
  });
}

export async function undoOverride(
  db: Database,
  id: string,
  request: UndoRequest,
): Promise<Override> {
  return write(db, async (tx) => {
    const [found] = (await tx.run(cypher('curation/find'), { id })).records;
    const before = found && parseRow('curation/find', OverrideRow, found.get('override'));
    if (!before) throw new OverrideNotFoundError(`no override with id ${quoted(id)}`);
    if (before.undoneAt)
      throw new OverrideConflictError(
        `override ${id} was already undone by ${before.undoneBy} at ${before.undoneAt}`,
      );
    const undone = await tx.run(cypher('curation/undo'), {
      id,
      author: request.author,
      reason: request.reason ?? null,
    });
    await resetOverrideTarget(tx, before.target, before.into ?? null);
    await applyOverrides(tx);
    await tx.run(cypher('load/bumpIngestVersion'));
    return parseRow('curation/undo', OverrideRow, undone.records[0]?.get('override'));
  });
}

export async function listOverrides(
  db: Database,
  query: { undone: boolean; offset: number; limit: number },
): Promise<OverridesPage> {
  const row = await queryRow(db, 'curation/list', OverridePageRow, query);
  return {
    items: row?.items ?? [],
    total: row?.total ?? 0,
    offset: query.offset,
    limit: query.limit,
  };
}
