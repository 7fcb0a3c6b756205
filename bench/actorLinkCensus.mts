/**
 * Census of matched commitments whose actor set differs from the gold's (K-fold, as `npm run
 * eval`): per pair, the gold actors with no equivalent among the predicted actors, each with its
 * gold type and whether the extraction found it as an entity at all, and the predicted actors
 * the gold lacks. Feeds an offline classification of linking misses by subject shape.
 *
 *   npx tsx bench/actorLinkCensus.mts /tmp/actor-links.json
 */
import { writeFileSync } from 'node:fs';
import { matchedGold } from './matchedGold';

const out = process.argv[2] ?? '/tmp/actor-links.json';
const rows = [];
for (const { base, gold, extraction, entities, matching: m } of await matchedGold('kfold')) {
  const typeOf = new Map(gold.entities.map((e) => [e.name, e.type]));
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  // Gold names some predicted entity stands for: the gold actor was found, if not linked.
  const found = new Set(extraction.entities.flatMap((e) => [...entities.goldNamesOf(e.id)]));
  const reps = gold.relations.filter((r) => r.type === 'REPRESENTS');
  const predReps = extraction.relations.filter((r) => r.type === 'REPRESENTS');
  for (const p of m.pairs) {
    if (p.sameActors) continue;
    const predGold = p.predicted.actors.map((id) => ({
      id,
      name: nameOf.get(id) ?? id,
      gold: [...entities.goldNamesOf(id)],
      reps: predReps.filter((r) => r.from === id).map((r) => nameOf.get(r.to) ?? r.to),
    }));
    rows.push({
      file: base,
      sentence: p.gold.sentence,
      trigger: p.gold.trigger,
      predTrigger: p.predicted.trigger,
      gold: p.gold.actors.map((a) => ({
        name: a,
        type: typeOf.get(a),
        found: found.has(a),
        reps: reps.filter((r) => r.from === a).map((r) => r.to),
      })),
      pred: predGold,
    });
  }
}
writeFileSync(out, JSON.stringify(rows));
console.log(`${rows.length} pairs with differing actors → ${out}`);
