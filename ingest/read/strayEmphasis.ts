/**
 * Emphasis delimiters that `marked` left in the text. The archive's Markdown (pandoc, from the
 * White House HTML) sometimes bolds a comma or a space alone, or opens a bold before a space:
 * "innovation**, **and", "to mark** **the occasion", "a new ten-year **Framework for …" (never
 * closed). CommonMark reads no emphasis there (the runs are not left/right flanking), so the
 * asterisks would reach the sentence an analyst reads and the gold has to copy. Pandoc escapes
 * every literal asterisk ("\*", an `escape` token), so an unescaped one in a text token is markup;
 * hand-written Markdown may still hold "5 * 3" or "snake_case", which stay.
 *
 * The caller marks escaped and code characters with `protectLiteral` so that only the words of
 * text tokens are read here, then puts them back with `restoreEscaped`.
 */

/** Stand-ins (Unicode private use) for an escaped or code "*" / "_": never treated as markup. */
const ESCAPED_STAR = '\uE000';
const ESCAPED_UNDERSCORE = '\uE001';

/** An escaped or code span's text, its "*" and "_" kept from `dropStrayEmphasis`. */
export const protectLiteral = (text: string): string =>
  text.replace(/\*/g, ESCAPED_STAR).replace(/_/g, ESCAPED_UNDERSCORE);

export const restoreEscaped = (text: string): string =>
  text.replace(/\uE000/g, '*').replace(/\uE001/g, '_');

/** A run of asterisks, or of two or more underscores (a single "_" is never dropped). */
const RUN = /\*+|_{2,}/g;
const WORD = /[\p{L}\p{N}]/u;
/** Before a word, what a dropped run between two words leaves a space after. */
const SPACED_AFTER = /[\p{L}\p{N},;:–—]/u;
const BLANK = /\s/;

/** Whether a character (undefined past either end) is whitespace or the end of the text. */
const open = (ch: string | undefined): boolean => ch === undefined || BLANK.test(ch);

/**
 * What replaces a dropped run: nothing, or a space where it alone held two words apart
 * ("assessment**reports", "supply,**including"), as the page showed them.
 */
function joiner(before: string | undefined, after: string | undefined): string {
  return before && after && SPACED_AFTER.test(before) && WORD.test(after) ? ' ' : '';
}

type Run = { index: number; text: string; before?: string; after?: string };

/**
 * Which single asterisks are stray: one touching a word opens (marked found no closer for it:
 * "the *Women In Africa *initiative", "*Ukraine *"), and the next single asterisk closes it,
 * whatever its shape; both go. One standing free ("5 * 3") with none open is text; an
 * unclosed opener goes only at its paragraph's edge ("*Key Recommendations Include:", its
 * closer after a hard break), where it marks no footnote; an asterisk alone in its paragraph
 * goes too.
 */
function straySingles(paragraph: string, singles: readonly Run[]): Set<Run> {
  const stray = new Set<Run>();
  // The paragraph's first and last non-blank characters, found once (no rescan per asterisk).
  const first = paragraph.search(/\S/);
  const last = paragraph.trimEnd().length - 1;
  const atStart = (star: Run) => star.index <= first;
  const atEnd = (star: Run) => star.index >= last;
  let opener: Run | undefined;
  for (const star of singles) {
    if (opener) {
      stray.add(opener).add(star);
      opener = undefined;
    } else if (!(open(star.before) && open(star.after))) opener = star;
    else if (atStart(star) && atEnd(star)) stray.add(star);
  }
  if (opener && (atStart(opener) || atEnd(opener))) stray.add(opener);
  return stray;
}

/** Whether a run is an emphasis delimiter to drop (singles decided by `straySingles`). */
function isStrayRun(run: Run): boolean {
  if (run.text[0] === '*') return true;
  // "__": not inside a word ("__init__", "a__b") nor standing free (a blank "____" to fill in).
  const wordy = (ch: string | undefined) => ch !== undefined && /[\wÀ-ÖØ-öø-ɏḀ-ỿ]/.test(ch);
  if (wordy(run.before) && wordy(run.after)) return false;
  return !(open(run.before) && open(run.after));
}

/** One paragraph without the emphasis delimiters `marked` left in it. */
function dropInParagraph(text: string): string {
  if (!text.includes('*') && !text.includes('__')) return text;
  const runs: Run[] = [];
  for (const match of text.matchAll(RUN)) {
    const index = match.index ?? 0;
    runs.push({
      index,
      text: match[0],
      before: text[index - 1],
      after: text[index + match[0].length],
    });
  }
  const singles = runs.filter((run) => run.text === '*');
  const intraword = (run: Run) => WORD.test(run.before ?? '') && WORD.test(run.after ?? '');
  const stray = straySingles(
    text,
    singles.filter((run) => !intraword(run)),
  );
  let out = '';
  let from = 0;
  for (const run of runs) {
    const drop = run.text === '*' ? stray.has(run) : isStrayRun(run);
    if (!drop) continue;
    out += text.slice(from, run.index) + joiner(run.before, run.after);
    from = run.index + run.text.length;
  }
  return out + text.slice(from);
}

/**
 * A block's text (paragraphs apart by `paragraphBreak`) without the emphasis delimiters `marked`
 * left in it; each paragraph is read alone, as an emphasis never spans a hard break.
 */
export function dropStrayEmphasis(text: string, paragraphBreak: string): string {
  return text.includes('*') || text.includes('__')
    ? text.split(paragraphBreak).map(dropInParagraph).join(paragraphBreak)
    : text;
}
