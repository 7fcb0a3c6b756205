/**
 * `npm run gold:topics`: regenerates what is learnt from data/gold — data/lexicon/topics-gold.json
 * (the gold-learnt topics), or with `--selector` data/lexicon/topics-selector.json (the learnt
 * topic selector) and data/lexicon/names-finder.json (the learnt name finder), both trained on
 * extractions that use the first file, hence a second process. The
 * npm script runs both; unit tests fail while either file is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { goldTopicsFile } from './goldTopicsFile';
import { nameFinderFile } from './nameFinderFile';
import { GOLD_CORPUS, goldInputs } from './runGold';
import { goldHash, selectorFile } from './selectorFile';

const ROOT = join(import.meta.dirname, '../..');
const GOLD = join(ROOT, 'data/gold');

if (process.argv.includes('--selector')) {
  // Both learnt post-passes train on the rules' extraction, which reads the first file.
  const inputs = await goldInputs(GOLD, GOLD_CORPUS);
  const hash = await goldHash(GOLD);
  const targets: [string, string][] = [
    ['data/lexicon/topics-selector.json', selectorFile(inputs, hash)],
    ['data/lexicon/names-finder.json', nameFinderFile(inputs, hash)],
  ];
  for (const [path, text] of targets) {
    await writeFile(join(ROOT, path), text);
    console.log(`gold:topics: wrote ${path}`);
  }
} else {
  const target = join(ROOT, 'data/lexicon/topics-gold.json');
  await writeFile(target, await goldTopicsFile(GOLD));
  console.log(`gold:topics: wrote ${target}`);
}
