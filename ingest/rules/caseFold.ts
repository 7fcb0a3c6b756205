/**
 * Case-insensitive frames without the `i` flag: a frame compiled with `i` costs V8 about twice the
 * compile time (every letter becomes a class of its cases; ~0.25 s of the 0.5 s each worker spent
 * compiling the stance frames it met). Matching a lowercased sentence with a pattern whose letters
 * are folded the same way finds exactly what the `i` pattern finds in the sentence, provided the
 * sentence holds no cased character outside Latin-1 (`foldable`): then lowercasing keeps every
 * offset, and what a character matches is decided here by asking the `i` pattern itself about each
 * Latin-1 character a lowercased sentence can hold. Anything else keeps the `i` pattern.
 */

/** Whether a character has case (changes under lowercasing or uppercasing). */
function cased(char: string): boolean {
  const code = char.charCodeAt(0);
  // (ASCII by its codes: most of a frame's characters, read many times when folding.)
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return char.toLowerCase() !== char || char.toUpperCase() !== char;
}

/** The Latin-1 characters a lowercased foldable sentence can hold (no uppercase letter). */
const LOWER_LATIN1: readonly string[] = Array.from({ length: 256 }, (_, code) =>
  String.fromCharCode(code),
).filter((char) => char.toLowerCase() === char);

/**
 * Whether `sentence.toLowerCase()` keeps its offsets and the folded patterns read it as the `i`
 * ones read the sentence: every character past Latin-1 is caseless (punctuation, dashes, quotes)
 * and no surrogate (an astral letter would lowercase as a pair the pattern reads unit by unit).
 */
export function foldable(sentence: string): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code <= 0xff) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || cased(sentence[i]!)) return false;
  }
  return true;
}

const hex = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** The lowercase Latin-1 characters an atom (a class or an escaped char) matches under `i`. */
function matchedUnderI(atom: string): string[] {
  const test = new RegExp(`^(?:${atom})$`, 'i');
  return LOWER_LATIN1.filter((char) => test.test(char));
}

/** Folded atoms by their source: the frames share a few classes and letters many times over. */
const FOLDED_ATOMS = new Map<string, string>();

function memo(atom: string, fold: (atom: string) => string): string {
  let folded = FOLDED_ATOMS.get(atom);
  if (folded === undefined) {
    folded = fold(atom);
    FOLDED_ATOMS.set(atom, folded);
  }
  return folded;
}

/** A class (with its brackets) that reads a lowercased sentence as `[…]` with `i` reads the sentence. */
function foldClass(klass: string): string {
  const negated = klass.startsWith('[^');
  // (The added characters go first: a class may end with a literal "-", which would make a
  // range of them; a leading "-" is escaped for the same reason.)
  const inner = klass.slice(negated ? 2 : 1, -1).replace(/^-/, '\\-');
  const matched = matchedUnderI(klass);
  // Past Latin-1 the sentence holds only caseless characters, which the class's own items decide.
  if (!negated) return `[${matched.map(hex).join('')}${inner}]`;
  const refused = LOWER_LATIN1.filter((char) => !matched.includes(char));
  return `[^${refused.map(hex).join('')}${inner}]`;
}

/** A cased literal letter: the characters of a lowercased sentence it matches under `i`. */
function foldLetter(letter: string): string {
  const matched = matchedUnderI(letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (matched.length === 1 && matched[0] === letter.toLowerCase() && matched[0] <= '\x7f')
    return matched[0];
  return matched.length ? `[${matched.map(hex).join('')}]` : '[^\\s\\S]';
}

/**
 * `source` (a pattern meant for the `i` flag) rewritten for a lowercased foldable sentence without
 * it. Throws on syntax this does not read (a backreference, a named group, a code escape), so the
 * caller keeps the `i` pattern.
 */
function foldSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      // ASCII on purpose: the escapes of regex syntax.
      if (/[0-9ckpPux]/.test(next)) throw new Error(`unsupported escape \\${next}`);
      out += char + next;
      i++;
    } else if (char === '[') {
      let end = i + 1;
      if (source[end] === '^') end++;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      out += memo(source.slice(i, end + 1), foldClass);
      i = end;
    } else if (char === '(' && source.startsWith('(?<', i) && !/^\(\?<[=!]/.test(source.slice(i))) {
      throw new Error('unsupported named group');
    } else if (char === '(' && source[i + 1] === '?') {
      // "(?:", "(?=", "(?!", "(?<=", "(?<!": syntax, no letters.
      const syntax = /^\(\?(?:<[=!]|[:=!])/.exec(source.slice(i))![0];
      out += syntax;
      i += syntax.length - 1;
    } else out += cased(char) ? memo(char, foldLetter) : char;
  }
  return out;
}

/** `pattern` (compiled with `i`) for lowercased foldable sentences, or undefined when unreadable. */
export function foldedPattern(pattern: RegExp): RegExp | undefined {
  try {
    return new RegExp(foldSource(pattern.source), pattern.flags.replace('i', ''));
  } catch {
    return undefined;
  }
}
