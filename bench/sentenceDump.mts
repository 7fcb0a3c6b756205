/**
 * Every sentence segmentation gives each file, for a before/after diff of a segmentation change:
 * the gold corpus texts (all gold files) and any files listed one per line in argv[2]. One JSON
 * line per file: { file, sentences, headings }.
 *
 *   npx tsx bench/sentenceDump.mts [list.txt] > sentences.jsonl
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { corpusFileFor, GOLD_CORPUS } from '../ingest/eval/runGold';
import { normalise } from '../ingest/normalise';
import { readDocument } from '../ingest/read/index';
import { segment } from '../ingest/segment';

const listed = process.argv[2]
  ? readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
  : [];
const gold = (await readdir(resolve('data/gold'))).filter((f) => f.endsWith('.json'));
const files = [
  ...(await Promise.all(gold.map((f) => corpusFileFor(GOLD_CORPUS, basename(f, '.json'))))),
  ...listed,
];
for (const file of files) {
  const doc = await readDocument(file);
  const { paragraphs, sentences } = segment(normalise(doc.body));
  console.log(
    JSON.stringify({
      file: basename(file),
      sentences: sentences.map((s) => s.text),
      headings: paragraphs.filter((p) => p.heading).map((p) => p.text),
    }),
  );
}
