/**
 * The K-fold extraction's topics, as `npm run eval` scores them (each file by the selector of the
 * fold that never saw it): per file, each commitment's sentence, trigger and Topic names in its
 * about,. For censuses of spurious topics
 * (bench/topicSpurious.ts), which need the sentence a topic came from.
 *
 *   npx tsx bench/kfoldTopicsDump.ts OUT.json [FILES.txt]
 */
import { writeFileSync } from 'node:fs';
import { kfoldGold } from './kfoldGold';
import { readNameList } from './nameList';

const [outPath, listPath] = process.argv.slice(2);
const only = readNameList(listPath);

async function main(): Promise<void> {
  const { inputs, finish } = await kfoldGold();
  const out: Record<string, unknown> = {};
  for (const input of inputs) {
    const { base } = input;
    if (only && !only.has(base)) continue;
    const x = finish(input);
    const name = new Map(x.entities.map((e) => [e.id, e]));
    const sentence = new Map(x.sentences.map((s) => [s.id, s.text]));
    out[base] = {
      commitments: x.commitments.map((c) => ({
        sentence: sentence.get(c.sentenceId),
        trigger: c.trigger,
        topics: c.about
          .filter((id) => name.get(id)?.type === 'Topic')
          .map((id) => name.get(id)!.name),
      })),
    };
  }
  writeFileSync(outPath!, JSON.stringify(out));
}

void main();
