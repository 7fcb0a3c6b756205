/**
 * Dumps, per gold file under K-fold (as `npm run eval`), every gold and predicted commitment with
 * the one-to-one matching, for an offline census of why a found commitment fails to match.
 */
import { writeFileSync } from 'node:fs';
import { goldRows, matchedGold, predictedRow } from './matchedGold';

const out = process.argv[2] ?? '/tmp/census.json';
const docs = (await matchedGold('kfold')).map(({ base, gold, extraction, entities, pairs }) => {
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return {
    file: base,
    gold: goldRows(gold),
    pred: extraction.commitments.map((c) => ({
      ...predictedRow(c),
      actors: c.actors.map((id) => ({
        id,
        name: nameOf.get(id) ?? id,
        gold: [...entities.goldNamesOf(id)],
      })),
    })),
    pairs,
  };
});
writeFileSync(out, JSON.stringify(docs));
console.log(`${docs.length} files → ${out}`);
