/**
 * Dumps, per gold file (rules alone: actors never depend on the topic selector), every gold
 * commitment with its pairing status, the gold entities with aliases, and which gold names the
 * extraction found as entities, for an offline census of collective (unnamed) actors.
 *
 *   npx tsx bench/collectiveCensus.mts /tmp/collective-census.json
 */
import { writeFileSync } from 'node:fs';
import { normSentence } from '../ingest/eval/normalize';
import { matchedGold } from './matchedGold';

const out = process.argv[2] ?? '/tmp/collective-census.json';
const docs = (await matchedGold('rules')).map(({ base, gold, extraction, entities, matching }) => {
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const found = new Set(extraction.entities.flatMap((e) => [...entities.goldNamesOf(e.id)]));
  const status = new Map(matching.pairs.map((p) => [p.gold, p]));
  return {
    file: base,
    title: gold.document.title,
    entities: gold.entities.map((e) => ({ ...e, found: found.has(e.name) })),
    predEntities: extraction.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      gold: [...entities.goldNamesOf(e.id)],
    })),
    commitments: gold.commitments.map((c) => {
      const p = status.get(c);
      return {
        sentence: c.sentence,
        stance: c.stance,
        trigger: c.trigger,
        actors: c.actors,
        status: p === undefined ? 'missed' : p.sameActors ? 'ok' : 'actors',
        // Unpaired predictions on the same sentence and stance: found, but with no gold actor.
        spurious: matching.spurious
          .filter((q) => q.stance === c.stance && normSentence(q.text) === normSentence(c.sentence))
          .map((q) => q.actors.map((id) => nameOf.get(id) ?? id)),
        pred: p?.predicted.actors.map((id) => ({
          name: nameOf.get(id) ?? id,
          gold: [...entities.goldNamesOf(id)],
        })),
      };
    }),
  };
});
writeFileSync(out, JSON.stringify(docs));
console.log(`${docs.length} files → ${out}`);
