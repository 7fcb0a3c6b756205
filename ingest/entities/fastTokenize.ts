/**
 * compromise's `tokenize.fromString` (tokenize/methods/parse.js of 14.17) with its per-word
 * work remembered: after splitting a sentence into words, the original cuts each word's
 * punctuation off (`splitWhitespace`) and normalises its text (`normal`), a tenth of the
 * tagging time, and both depend on nothing but the word's own characters (and the fixed model).
 * Words repeat in any prose ("the", "and", "to", "nuclear"), so each distinct raw word is worked
 * out once per worker and later ones get a fresh term object from it with the same fields, in
 * the same order. Sentence and word splitting still run on every text.
 *
 * Undefined on another release: the tagger then calls the original.
 */
import { ON_WRITTEN_VERSION } from './compromiseSource';
import { fastSplitTerms } from './fastSplitTerms';

/** The slice of compromise's internals used here (its types do not describe them). */
interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal: string;
}
interface TokenizeWorld {
  model: unknown;
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: TokenizeWorld): string[];
        splitTerms(sentence: string, model: unknown): string[];
        splitWhitespace(word: string, model: unknown): Omit<ParsedTerm, 'normal'>;
      };
    };
  };
  /** `compute.normal` loops `normalize(term, world)` (the function parse.js calls) over terms. */
  compute: { normal(view: { docs: ParsedTerm[][]; world: TokenizeWorld }): void };
}
type Parts = Pick<ParsedTerm, 'text' | 'pre' | 'post' | 'normal'>;

/** Distinct raw words seen; cleared past this many so a long run's memory stays flat. */
const MAX_WORDS = 50_000;
const words = new Map<string, Parts>();

function parseWord(raw: string, world: TokenizeWorld): ParsedTerm {
  const known = words.get(raw);
  if (known) {
    // Same fields in the same order as parseTerm + normalize build them.
    return {
      text: known.text,
      pre: known.pre,
      post: known.post,
      tags: new Set(),
      normal: known.normal,
    };
  }
  const term = world.methods.one.tokenize.splitWhitespace(raw, world.model) as ParsedTerm;
  world.compute.normal({ docs: [[term]], world });
  if (words.size >= MAX_WORDS) words.clear();
  words.set(raw, { text: term.text, pre: term.pre, post: term.post, normal: term.normal });
  return term;
}

/** For tests: forget every word, so the next one is seen for the first time (workers are shared). */
export function forgetTokenizedWords(): void {
  words.clear();
}

/** `fromString(text, nlp.world())`, with the per-word work remembered. */
const cachedFromString = (text: string, engine: unknown): ParsedTerm[][] => {
  const world = engine as TokenizeWorld;
  const { splitSentences } = world.methods.one.tokenize;
  const splitTerms = fastSplitTerms ?? world.methods.one.tokenize.splitTerms;
  return splitSentences(text || '', world).map((sentence) =>
    splitTerms(sentence, world.model).map((raw) => parseWord(raw, world)),
  );
};

export const fastFromString: typeof cachedFromString | undefined = ON_WRITTEN_VERSION
  ? cachedFromString
  : undefined;
