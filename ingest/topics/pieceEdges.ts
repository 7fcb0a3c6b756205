/**
 * The edges of a topic piece: connectors and punctuation trimmed, and a piece read from the second
 * half of a hyphenated word widened to the whole word. Used by chunkTopics.ts.
 */

/** Trim connectors and punctuation left at the edges of a piece. */
export function trimPiece(sentence: string, piece: { start: number; end: number }) {
  const text = sentence.slice(piece.start, piece.end);
  const lead =
    /^(?:[\s,;]|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|or|of|on|in|for|with|to|the|other|among|between|across|against|toward|towards|under|together|at|by)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))*/.exec(
      text,
    )?.[0].length ?? 0;
  const trail =
    /(?:[\s,;]|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|or|of|on|in|for|with|to|the|under|by|at|from|through|within|into|over|upon|toward|towards)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))*$/.exec(
      text.slice(lead),
    )?.[0].length ?? 0;
  return { start: piece.start + lead, end: piece.end - trail };
}

const HYPHEN = 0x2d;

/** An ASCII code unit that no `[\p{L}\p{N}-]` matches (any other may be part of a word). */
function outsideWord(code: number): boolean {
  if (code >= 0x80 || code === HYPHEN) return false;
  const digit = code >= 0x30 && code <= 0x39;
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return !digit && !letter;
}

/**
 * "military-to-military communications", "in-person summit": a phrase read from the second half
 * of a hyphenated word starts where the word does.
 */
export function wholeWords(sentence: string, piece: { start: number; end: number }) {
  // The pattern ends in "-" at the piece's start, so a piece after any other character cannot
  // match: skip the search, which an unanchored pattern ending in `$` makes walk the whole
  // sentence before the piece from every position (3 % of extraction before this check).
  if (sentence.charCodeAt(piece.start - 1) !== HYPHEN) return piece;
  // Nor can a match start before an ASCII character that is no letter, digit or hyphen: the
  // search starts after the last one (the text before it would only be walked for nothing).
  let from = piece.start - 1;
  while (from > 0 && !outsideWord(sentence.charCodeAt(from - 1))) from--;
  const word = /[\p{L}\p{N}][\p{L}\p{N}-]*-$/u.exec(sentence.slice(from, piece.start));
  return word ? { start: from + word.index, end: piece.end } : piece;
}
