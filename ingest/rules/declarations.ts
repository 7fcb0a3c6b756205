/**
 * The declaration form (data/rules/declarations.json), validated once: the words that open a
 * preamble paragraph ("GUIDED BY the principles of …;") and those of the operative formula ("WE
 * HEREBY DECLARE:"), which normalise.ts and commitments/operative.ts read.
 */
import { z } from 'zod';
import declarationsJson from '../../data/rules/declarations.json';
import { parseRules } from './load';
import { alternation } from './stanceFramePatterns';

const Words = z
  .array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ -]*$/, 'lowercase words only'))
  .min(1);

const schema = z.object({
  preambleHeads: Words,
  preambleAdverbs: Words,
  declaringVerbs: Words,
  resolvingVerbs: Words,
  performatives: Words,
});

export const DECLARATIONS = parseRules('rules/declarations.json', schema, declarationsJson);

/** The end of a word: no Latin letter or digit after it. */
const END = '(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';
/** Closed by a semicolon, "; and" too: a preamble paragraph holds one clause. */
const CLOSED = '[^;]*;(?:\\s*and)?$';

/**
 * A capitalised participle ("Recognizing …;"), or one in capitals after up to two words in
 * capitals ("FURTHER REAFFIRMING …;", "DEEPLY CONCERNED about …;", "GUIDED BY …;").
 */
const PARTICIPLE = new RegExp(
  `^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ing|(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}\\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{3,}(?:ING|ED))${END}${CLOSED}`,
);

/** A head of `preambleHeads` ("Convinced that …;", "MINDFUL of …;"), in either case. */
const HEAD = new RegExp(
  `^(?:(?:${alternation(DECLARATIONS.preambleAdverbs)})\\s+)?(?:${alternation(DECLARATIONS.preambleHeads)})${END}${CLOSED}`,
  'i',
);

/**
 * Whether a paragraph is a clause of a preamble: opened by a capitalised participle or head and
 * closed by a semicolon. Kept apart as a sentence of its own (normalise.ts), read as the
 * parties' stance (commitments/preamble.ts).
 */
export function opensPreamble(text: string): boolean {
  return /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(text) && (PARTICIPLE.test(text) || HEAD.test(text));
}
