/**
 * Applies the analysts' corrections (`(:Override)` nodes, see cypher/curation/) to the graph.
 * Shared by the loader, which re-applies them after every batch so they survive re-ingest, and
 * the server's curation routes, which apply them when one is written or undone.
 *
 * Why materialise rather than filter: the overrides are few and rarely written, the reads are
 * many (graph, lens, entity, search, paths, timeline, compare, exports, the console) and each
 * would need a filter on every node and relationship it walks, for merges even a rewrite of ids.
 * Taking curated things out of the read model instead (a label swap for a rejected commitment,
 * CURATED_<type> relationships for rejected links and hidden entities, copies for a merge)
 * keeps every read query as it is and as fast as it is; the cost is one pass over the curated
 * targets' relationships at write time and after each load batch.
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypherStatements } from './cypherFiles';

type Tx = Transaction | ManagedTransaction;

/** Runs cypher/curation/apply.cypher: every active override, idempotently. */
export async function applyOverrides(tx: Tx): Promise<void> {
  for (const statement of cypherStatements('curation/apply')) await tx.run(statement);
}

/** Takes back what applying did to one override's target (before it is undone). */
export async function resetOverrideTarget(
  tx: Tx,
  target: string,
  into: string | null,
): Promise<void> {
  for (const statement of cypherStatements('curation/reset'))
    await tx.run(statement, { target, into });
}
