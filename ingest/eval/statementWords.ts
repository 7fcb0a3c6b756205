/**
 * Words the project's statements write in lower case: a generated name list drops them, so that a
 * given name that is also a common word ("young", "park", "song") never reads as a person.
 * Shared by the given-name generators (worldGivenNamesCli.ts, givenNameGendersCli.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { foldAccents } from '../normalise';

const ROOT = join(import.meta.dirname, '../..');

const STATEMENTS = ['data/corpus', 'data/corpus-wh-gold', 'data/corpus-wh-dprk'];

export async function lowercaseWords(): Promise<Set<string>> {
  const words = new Set<string>();
  for (const folder of STATEMENTS) {
    for (const file of await readdir(join(ROOT, folder))) {
      if (!/\.(?:md|txt)$/.test(file)) continue;
      const text = await readFile(join(ROOT, folder, file), 'utf8');
      for (const match of text.matchAll(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu))
        words.add(foldAccents(match[0]));
    }
  }
  return words;
}
