/**
 * The word classes of data/lexicon/word-clusters.json (generated from general-English word
 * vectors by `npm run data:clusters`), validated and compiled once: the selector weighs a
 * candidate's class besides its words, so what the gold taught of "epidemic" reaches a word it
 * never showed, such as "pandemic" in the same class.
 */
import { z } from 'zod';
import clustersJson from '../../../data/lexicon/word-clusters.json';
import { parseRules } from '../../rules/load';

const schema = z.object({
  $comment: z.string().optional(),
  /** [fine class, coarse class, space-separated lowercase words]. */
  clusters: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.string().min(1)])),
});

/** A word's classes as feature values: "fine" and "coarse", or undefined for a word not listed. */
export interface WordClass {
  readonly fine: string;
  readonly coarse: string;
}

interface Compiled {
  readonly classOf: Map<string, WordClass>;
  /** How many words each fine class holds. */
  readonly sizes: Map<string, number>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (!compiled) {
    compiled = { classOf: new Map(), sizes: new Map() };
    const file = parseRules('lexicon/word-clusters.json', schema, clustersJson);
    for (const [fine, coarse, words] of file.clusters) {
      const value = { fine: String(fine), coarse: String(coarse) };
      const list = words.split(' ');
      for (const word of list) compiled.classOf.set(word, value);
      compiled.sizes.set(value.fine, list.length);
    }
  }
  return compiled;
}

/** The classes of a lowercase word, or undefined when the vectors did not hold it. */
export function wordClass(word: string): WordClass | undefined {
  return compile().classOf.get(word);
}

/** How many words the fine class `fine` holds (0 for no class). */
export function wordClassSize(fine: string): number {
  return compile().sizes.get(fine) ?? 0;
}

/**
 * Per coarse class, the share of its words that `test` accepts: how much of a class is given
 * names tells a class of surnames ("whelan", "stanley") from one of common nouns ("labs",
 * "nutrition") for a word the vectors hold (entities/fullNamePeople.ts).
 */
export function coarseShares(test: (word: string) => boolean): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  for (const [word, { coarse }] of compile().classOf) {
    const count = counts.get(coarse) ?? [0, 0];
    count[0] += test(word) ? 1 : 0;
    count[1] += 1;
    counts.set(coarse, count);
  }
  return new Map([...counts].map(([coarse, [hit, all]]) => [coarse, hit / all]));
}
