/**
 * The pairs behind topicSpurious.ts's `dup` class, from the K-fold extraction (each file by the
 * selector and name finder of the fold that never saw it, as `npm run eval` scores it): a spurious
 * topic whose gold topic another predicted topic of the same document took, printed with that
 * taker, so a census can class the pair by the relation between the two names.
 *
 *   npx tsx bench/topicDupPairs.ts OUT.tsv [FILES.txt]
 *   columns: file, spurious topic, taker topic, gold topic
 */
import { writeFileSync } from 'node:fs';
import { GoldEntityIndex } from '../ingest/eval/entityIndex';
import { topicSimilarity } from '../ingest/eval/normalize';
import { kfoldGold } from './kfoldGold';
import { readNameList } from './nameList';

const [outPath, listPath] = process.argv.slice(2);
const only = readNameList(listPath);

async function main(): Promise<void> {
  const { inputs, finish } = await kfoldGold();
  const rows: string[] = [];
  for (const input of inputs) {
    const { base, gold } = input;
    if (only && !only.has(base)) continue;
    const x = finish(input);
    const { leftToRight, rightToLeft } = new GoldEntityIndex(gold.entities).match(
      x.entities,
    ).matching;
    x.entities.forEach((entity, right) => {
      if (entity.type !== 'Topic' || rightToLeft.has(right)) return;
      gold.entities.forEach((g, left) => {
        if (g.type !== 'Topic') return;
        const goldNames = [g.name, ...(g.aliases ?? [])];
        if (!goldNames.some((n) => topicSimilarity(n, entity.name) > 0)) return;
        const taker = leftToRight.get(left);
        const takerName = taker === undefined ? '' : (x.entities[taker]?.name ?? '');
        rows.push([base, entity.name, takerName, g.name].join('\t'));
      });
    });
  }
  writeFileSync(outPath!, `${rows.join('\n')}\n`);
}

void main();
