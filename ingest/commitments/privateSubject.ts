/**
 * A company or other private body as the actor of its own undertaking (gold conventions §7:
 * "Private companies and groups as subjects act on their own": "Averi Finance intends to
 * facilitate $5 billion …", "Kenyan company ZEP-RE just announced that it will use …", "Zipline
 * … will conduct …", gold 2022-12-13, 2024-09-23). No party of the statement, yet no prediction
 * about another either: in joint fact sheets the parties list what their companies undertake.
 * Only bodies the text names as companies count (entities/privateBodies.ts); other non-party
 * subjects of "will" are predictions or descriptions (gold: 26 of 37 such clauses are none).
 */
import type { ActorContext } from '../resolveActors';

/** Whether every actor is a body the document names as a company. */
export function privateBodiesOnly(actors: readonly string[], context: ActorContext): boolean {
  const known = context.privateBodies;
  return known !== undefined && actors.length > 0 && actors.every((id) => known.has(id));
}
