/**
 * The words of the learnt name finder (learntCandidates.ts): a sentence split into words with
 * what a name run needs to know of each (capitalised, a connector, punctuation ending the run),
 * and each word's shape.
 */

/** Words that join capitalised words inside one name ("Ministry of Defence", "bin Hamad"). */
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'to',
  '&',
  'de',
  'del',
  'da',
  'la',
  'le',
  'el',
  'al',
  'bin',
  'bint',
  'van',
  'von',
  'der',
  'y',
]);
/** Punctuation ending a word, and a final period that is no abbreviation's. */
const TRAIL =
  /[,;:)"”’'\]!?]+$|(?<![.\s]\p{L}|^\p{Lu}|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Ltd|Inc|Jr|Co|St|Dr))\.$/u;

export interface Word {
  text: string;
  /** Sentence offsets. */
  start: number;
  end: number;
  kind: 'cap' | 'digit' | 'connector' | 'other';
  /** Punctuation or a possessive ends the run after this word. */
  breakAfter: boolean;
  /** A list comma or semicolon follows. */
  comma: boolean;
  breakBefore: boolean;
}

function kindOf(word: string): Word['kind'] {
  // ASCII first letters decide without a regex (most words); the rest as the patterns say.
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'cap';
  if (c >= 48 && c <= 57) return 'digit';
  if (CONNECTORS.has(word)) return 'connector';
  if (c >= 97 && c <= 122 && !word.includes('-')) return 'other';
  if (/^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word)) return 'cap';
  if (/^\d/.test(word)) return 'digit';
  return 'other';
}

/** The punctuation TRAIL strips in any number at a word's end. */
const PUNCT_LAST = new Set([',', ';', ':', ')', '"', '”', '’', "'", ']', '!', '?']);
/** The last characters TRAIL can match (a period only after some letters): others end no word. */
const TRAIL_LAST = new Set([...PUNCT_LAST, '.']);
/** Characters a word may open with that are no part of it. */
const LEAD_FIRST = new Set(['(', '"', '“', '‘', "'", '[']);
const DASHES = new Set(['—', '–']);
const LIST_MARKS = new Set([',', ';']);

/**
 * A sentence's words. Called on every sentence of every statement (the name finder's scan), so the
 * common word, with no leading or trailing punctuation, is read without the patterns.
 */
export function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  const chunks = /[^\s—–]+/g;
  for (let match = chunks.exec(sentence); match; match = chunks.exec(sentence)) {
    let text = match[0];
    let start = match.index;
    const dashAfter = DASHES.has(sentence.charAt(start + text.length));
    let lead = 0;
    if (LEAD_FIRST.has(text.charAt(0))) {
      lead = /^[("“‘'[]+/.exec(text)![0].length;
      text = text.slice(lead);
      start += lead;
    }
    let breakAfter = dashAfter;
    const comma =
      LIST_MARKS.has(text.charAt(text.length - 1)) || LIST_MARKS.has(text.charAt(text.length - 2));
    // A list comma or a closing bracket after a plain word: what TRAIL strips, without it (its
    // lookbehinds make it most of the words' time).
    if (
      PUNCT_LAST.has(text.charAt(text.length - 1)) &&
      !TRAIL_LAST.has(text.charAt(text.length - 2))
    ) {
      text = text.slice(0, -1);
      breakAfter = true;
    }
    // "U.S." and "Jr." keep their period; a sentence's last period does not ("Climate).").
    else if (TRAIL_LAST.has(text.charAt(text.length - 1)))
      for (let trail = TRAIL.exec(text); trail?.[0]; trail = TRAIL.exec(text)) {
        text = text.slice(0, trail.index);
        breakAfter = true;
      }
    if (text.endsWith('s') && text.length > 2 && /[’'´]s$/.test(text)) {
      text = text.slice(0, -2);
      breakAfter = true;
    }
    if (!text) continue;
    out.push({
      text,
      start,
      end: start + text.length,
      kind: kindOf(text),
      breakAfter,
      comma,
      breakBefore: lead > 0,
    });
  }
  return out;
}

/** Word shape: Xx, X (all caps), X. (initial), 9, x-X … joined, so "FATF Recommendation 15" → "X Xx 9". */
export function shape(word: string): string {
  if (/^\d/.test(word)) return '9';
  if (/^\p{Lu}\.$/u.test(word)) return 'I';
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return 'X.';
  if (/-/.test(word)) return 'H';
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(word)) return 'X';
  if (/^\p{Lu}/u.test(word)) return /\p{Lu}/u.test(word.slice(1)) ? 'xX' : 'Xx';
  return 'x';
}
