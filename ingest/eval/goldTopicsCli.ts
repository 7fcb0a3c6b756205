/**
 * `npm run gold:topics`: regenerates data/lexicon/topics-gold.json from data/gold. Run it after
 * adding or editing gold; a unit test fails while the file is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { goldTopicsFile } from './goldTopicsFile';

const ROOT = join(import.meta.dirname, '../..');
const target = join(ROOT, 'data/lexicon/topics-gold.json');
const content = await goldTopicsFile(join(ROOT, 'data/gold'));
await writeFile(target, content);
console.log(`gold:topics: wrote ${target}`);
