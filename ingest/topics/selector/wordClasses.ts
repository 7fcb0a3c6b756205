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

let compiled: Map<string, WordClass> | undefined;

/** The classes of a lowercase word, or undefined when the vectors did not hold it. */
export function wordClass(word: string): WordClass | undefined {
  if (!compiled) {
    compiled = new Map();
    const file = parseRules('lexicon/word-clusters.json', schema, clustersJson);
    for (const [fine, coarse, words] of file.clusters) {
      const value = { fine: String(fine), coarse: String(coarse) };
      for (const word of words.split(' ')) compiled.set(word, value);
    }
  }
  return compiled.get(word);
}
