/**
 * Dumps, per gold file (rules alone: commitments never depend on the topic selector), the genre,
 * every gold commitment with its pairing status, stance, actors and targets, and the unpaired
 * predictions, for an offline census of commitments whose subject is not the signatories' "we"
 * (calls on third parties, third parties' pledges, impersonal and passive frames).
 *
 *   npx tsx bench/callsCensus.mts /tmp/calls-census.json
 */
import { writeFileSync } from 'node:fs';
import { genreOf } from '../ingest/eval/genre';
import { matchedGold } from './matchedGold';

const out = process.argv[2] ?? '/tmp/calls-census.json';
const docs = (await matchedGold('rules')).map(({ base, gold, extraction, matching }) => {
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id);
  const status = new Map(matching.pairs.map((p) => [p.gold, p]));
  return {
    file: base,
    genre: genreOf(gold.document.title),
    commitments: gold.commitments.map((c) => {
      const p = status.get(c);
      return {
        sentence: c.sentence,
        stance: c.stance,
        trigger: c.trigger,
        actors: c.actors,
        targets: c.targets,
        status: p === undefined ? 'missed' : p.sameActors ? 'ok' : 'actors',
        pred: p && {
          actors: names(p.predicted.actors),
          targets: names(p.predicted.targets),
          trigger: p.predicted.trigger,
        },
      };
    }),
    spurious: matching.spurious.map((q) => ({
      sentence: q.text,
      stance: q.stance,
      trigger: q.trigger,
      actors: names(q.actors),
    })),
  };
});
writeFileSync(out, JSON.stringify(docs));
console.log(`${docs.length} files → ${out}`);
