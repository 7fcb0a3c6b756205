/**
 * The engine's floor for a batch (bench/loadProfile.ts `ceiling`): as many nodes as the batch's
 * documents, sentences, commitments and entities, with their properties, and as many plain
 * relationships as the loader creates for it (IN, MENTIONS, EVIDENCED_BY, MADE, ABOUT, TARGETS,
 * SUPPORTS), in one transaction of one statement without MERGE, lookups or indexes.
 */
import type { Extraction } from '../contract/extraction';
import type { Database } from '../db/connect';
import { cypher } from '../db/cypherFiles';
import { createRng } from './rng';

export async function loadCeiling(db: Database, extractions: Extraction[]): Promise<number> {
  const nodes: Record<string, unknown>[] = [];
  let rels = 0;
  for (const x of extractions) {
    for (const d of x.documents) nodes.push({ id: d.id, title: d.title, sha256: d.sha256 });
    for (const s of x.sentences) nodes.push({ id: s.id, docId: s.docId, text: s.text });
    for (const c of x.commitments)
      nodes.push({ id: c.id, docId: c.docId, stance: c.stance, trigger: c.trigger, text: c.text });
    for (const e of x.entities) nodes.push({ id: e.id, name: e.name });
    rels += x.sentences.length + x.mentions.length + x.entities.length;
    for (const c of x.commitments) rels += 1 + c.actors.length + c.about.length + c.targets.length;
  }
  const random = createRng(7);
  const pairs = Array.from({ length: rels }, () => [
    Math.floor(random() * nodes.length),
    Math.floor(random() * nodes.length),
  ]);
  const { summary } = await db.driver.executeQuery(
    cypher('bench/ceiling'),
    { nodes, rels: pairs },
    { database: db.database },
  );
  return summary.counters.updates().relationshipsCreated;
}
