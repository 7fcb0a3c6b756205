/**
 * The words of a commitment sentence as the learnt-topic pass reads them: whitespace-separated,
 * outer punctuation off, folded, with offsets — split from learnt.ts so that pass reads as its
 * matching alone.
 */
import { remember } from '../boundedMemo';
import { isSpaceUnit } from '../spaceUnits';
import { foldLabel } from './thesaurus';

export interface Token {
  folded: string;
  start: number;
  end: number;
  /** Punctuation after the word ("security," in a list): no name runs across it. */
  closed: boolean;
}

/** How one whitespace-free word reads: its outer punctuation off, folded; null when all punctuation. */
interface Shape {
  lead: number;
  length: number;
  folded: string;
  closed: boolean;
}

/**
 * Words already read: every commitment sentence is tokenised here, the same few thousand words
 * each time, and the regexes and folding per word were most of this pass. Cleared when large so
 * a long ingest does not grow it without end.
 */
const shapes = new Map<string, Shape | null>();

function shapeOf(raw: string): Shape | null {
  let shape = shapes.get(raw);
  if (shape === undefined) {
    const lead = /^[("“‘'[]*/.exec(raw)![0].length;
    const core = raw.slice(lead).replace(/[,;:)"”’'\]]+$|(?<=^[^.]*)\.$/, '');
    // `core` has no whitespace: folding it is folding the one word.
    shape = core
      ? {
          lead,
          length: core.length,
          folded: foldLabel(core),
          closed: core.length < raw.length - lead,
        }
      : null;
    remember(shapes, raw, shape);
  }
  return shape;
}

/**
 * Whitespace-separated words with their outer punctuation off, offsets in the sentence, of the
 * words that start at `from` or later (`from` follows whitespace, or is 0: the words after it
 * are the ones the whole sentence has there).
 */
export function tokens(text: string, from: number): Token[] {
  const out: Token[] = [];
  const length = text.length;
  // The runs `/\S+/g` finds, by a walk over code units (no match array per word).
  let at = from;
  while (at < length) {
    if (isSpaceUnit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const wordAt = at;
    while (at < length && !isSpaceUnit(text.charCodeAt(at))) at++;
    const shape = shapeOf(text.slice(wordAt, at));
    if (!shape) continue;
    const start = wordAt + shape.lead;
    out.push({ folded: shape.folded, start, end: start + shape.length, closed: shape.closed });
  }
  return out;
}

/** Where the word holding `at` starts: after the whitespace before it, or 0. */
export function wordStart(text: string, at: number): number {
  let start = Math.max(0, Math.min(at, text.length));
  while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
  return start;
}
