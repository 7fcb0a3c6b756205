/**
 * Repair the text once, before any offset is taken, so every offset points into one string:
 * line-break hyphens, whitespace, page-break splits of a sentence, and release markers.
 * Output: paragraphs separated by exactly one blank line ("\n\n"), no other newlines.
 */

import { opensPreamble } from './rules/declarations';

/** Lines that frame a release but are not part of its content. */
const MARKER = /^(?:#{3,}|\*{3,}|-30-|\[?(?:begin|end) (?:text|statement)\]?)$/i;

/**
 * Words that cannot end a sentence, closed-class words that leave a phrase open: a paragraph ending
 * in one was cut by a page break (and a bold label ending in one is a clause, read/markdown.ts).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of and or but nor to in on at by for with from into onto upon as than that which who ' +
    'whom whose its their our his her this these those such both either neither between among ' +
    'including under over about against through toward towards during within without'
  ).split(' '),
);

function cleanCharacters(text: string): string {
  return (
    text
      // A letter and its combining accent (some PDFs, macOS text) become the one character the
      // name patterns read as a letter: "José" with U+0301 would end its word at "Jose".
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, ' ')
      .replace(/\u00AD|\u200B|\u200C|\u200D|\uFEFF/g, '') // soft hyphen, zero-width, BOM
      .replace(/\f/g, '\n\n')
  ); // a form feed is a page break
}

/** Whitespace `\s+ → ' '` changes: any but a space, or two in a row. */
const SPACE_TO_FOLD = /[^\S ]|\s\s/;

/**
 * Join a paragraph's lines. A hyphen at a line end before a lowercase letter is typesetting
 * ("denu-/clearization"); before a capital it is a real hyphen ("cross-/Strait") and stays.
 */
function joinLines(paragraph: string): string {
  // Each replacement only where it can change something: most paragraphs have no line-end
  // hyphen, and many no whitespace but single spaces (each replace copies the paragraph).
  let joined = paragraph;
  if (joined.includes('-\n'))
    joined = joined
      .replace(/([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ])-\n\s*([a-zß-öø-ɏḀ-ỿ])/g, '$1$2')
      .replace(/([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ])-\n\s*([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9])/g, '$1-$2');
  if (SPACE_TO_FOLD.test(joined)) joined = joined.replace(/\s+/g, ' ');
  return joined.trim();
}

const TERMINAL = /[.!?:;]["'”’)\]]*$/;

/** A list item's closing "; and" / "; or". */
const LIST_ITEM_END = /;\s+(?:and|or)$/;

/**
 * Whether a paragraph (or the sentence it became) is a participle clause of a treaty-style or
 * declaration preamble ("Recognizing the importance of …;", "GUIDED BY the principles of …;"):
 * kept apart here, read as the parties' by commitments/preamble.ts.
 */
export function isPreambleParagraph(text: string): boolean {
  return opensPreamble(text.trim());
}

/** A text with its accents taken off ("José" → "Jose"), as statements write names both ways. */
export function foldAccents(text: string): string {
  // Most names are plain ASCII, which NFD leaves as it is and holds no mark: the normalisation
  // and the mark search (per name of every sentence, a third of a percent of extraction) are
  // for the others.
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0x7f) return text.normalize('NFD').replace(/\p{M}/gu, '');
  return text;
}

function lastWord(paragraph: string): string {
  const match = /([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)[^\wÀ-ÖØ-öø-ɏḀ-ỿ]*$/.exec(paragraph);
  return match ? match[1]!.toLowerCase() : '';
}

/** Was this paragraph cut in the middle of a sentence (page break), so it continues in `next`? */
function continuesInto(paragraph: string, next: string): boolean {
  if (TERMINAL.test(paragraph)) return false;
  // "…; and" before a capitalised paragraph closes a list item ("Encouraging reporting …; and" /
  // "Sharing actionable information …"): each item is a sentence of its own (gold README,
  // sessions 15 and 17), no sentence cut by a page break.
  if (LIST_ITEM_END.test(paragraph) && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(next)) return false;
  if (/^[a-zß-öø-ɏḀ-ỿ]/.test(next)) return true;
  // "The Government of A and the Government of B," / "Recognizing …;": a treaty-style preamble
  // writes its parties, then each participle clause, as paragraphs of their own.
  if (isPreambleParagraph(next)) return false;
  if (/[,\u2013\u2014-]$/.test(paragraph)) return true;
  return FUNCTION_WORDS.has(lastWord(paragraph));
}

/**
 * A paragraph break no page break can have made: the reader knows the two paragraphs are apart
 * (the Markdown reader writes it around each list item). U+2029 is Unicode's own paragraph
 * separator; whitespace to every pattern here, so it never reaches a sentence.
 */
export const LIST_EDGE = '\n\u2029\n';

export function normalise(raw: string): string {
  // Paragraphs alternate with the separators' captured U+2029 (or ''): one pass, no copy of parts.
  const pieces = cleanCharacters(raw).split(/\n[ \t]*(\u2029?)[ \t]*\n/);
  const repaired: string[] = [];
  let apart = false;
  for (let i = 0; i < pieces.length; i += 2) {
    // No paragraph continues across a LIST_EDGE, nor across a marker or empty paragraph after one.
    if (pieces[i - 1] === '\u2029') apart = true;
    const paragraph = joinLines(pieces[i]!);
    if (paragraph === '' || MARKER.test(paragraph)) continue;
    const previous = repaired[repaired.length - 1];
    if (!apart && previous !== undefined && continuesInto(previous, paragraph)) {
      repaired[repaired.length - 1] = `${previous} ${paragraph}`;
    } else {
      repaired.push(paragraph);
    }
    apart = false;
  }
  return repaired.join('\n\n');
}
