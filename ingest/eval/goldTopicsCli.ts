/**
 * `npm run gold:topics`: regenerates what is learnt from data/gold — data/lexicon/topics-gold.json
 * (the gold-learnt topics), or with `--selector` data/lexicon/topics-selector.json (the learnt
 * topic selector, trained on extractions that use the first file, hence a second process). The
 * npm script runs both; unit tests fail while either file is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { goldTopicsFile } from './goldTopicsFile';
import { GOLD_CORPUS } from './runGold';
import { selectorFile } from './selectorFile';

const ROOT = join(import.meta.dirname, '../..');
const GOLD = join(ROOT, 'data/gold');

if (process.argv.includes('--selector')) {
  const target = join(ROOT, 'data/lexicon/topics-selector.json');
  await writeFile(target, await selectorFile(GOLD, GOLD_CORPUS));
  console.log(`gold:topics: wrote ${target}`);
} else {
  const target = join(ROOT, 'data/lexicon/topics-gold.json');
  await writeFile(target, await goldTopicsFile(GOLD));
  console.log(`gold:topics: wrote ${target}`);
}
