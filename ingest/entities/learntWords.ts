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
  if (CONNECTORS.has(word)) return 'connector';
  if (/^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word)) return 'cap';
  if (/^\d/.test(word)) return 'digit';
  return 'other';
}

export function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  for (const match of sentence.matchAll(/[^\s—–]+/g)) {
    let text = match[0];
    const dashAfter = /^[—–]/.test(sentence.slice(match.index + text.length));
    let start = match.index;
    const lead = /^[("“‘'[]+/.exec(text)?.[0].length ?? 0;
    text = text.slice(lead);
    start += lead;
    let breakAfter = dashAfter;
    const comma = /[,;]/.test(text.slice(-2));
    // "U.S." and "Jr." keep their period; a sentence's last period does not ("Climate).").
    for (let trail = TRAIL.exec(text); trail?.[0]; trail = TRAIL.exec(text)) {
      text = text.slice(0, trail.index);
      breakAfter = true;
    }
    const possessive = /[’'´]s$/.exec(text);
    if (possessive && text.length > 2) {
      text = text.slice(0, possessive.index);
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
