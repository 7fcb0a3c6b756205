/**
 * A small Cypher tokeniser for the console's lexical guard. It does not parse Cypher; it only
 * separates what Neo4j will read as code (words, punctuation) from what it will not (comments,
 * string literals), so that keyword checks never see text inside a string ("RETURN 'CREATE'" is a
 * read) and never miss code hidden behind a comment trick. Where it might disagree with Neo4j's
 * own lexer it errs towards treating text as code, and EXPLAIN remains the authority on writes.
 */

type TokenKind = 'word' | 'quoted' | 'string' | 'parameter' | 'number' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The token's text: a word as written, a quoted name or string without its quotes. */
  text: string;
  /** Offset of the token's first character in the source. */
  offset: number;
}

export interface Lexed {
  tokens: Token[];
  /** Characters outside strings, comments and backticked names that are not plain ASCII. */
  nonAscii: { char: string; offset: number }[];
  /** A string, backticked name or block comment that never ends. */
  unterminated?: 'string' | 'quoted name' | 'comment';
}

/** Every character that ends a `//` comment, for any lexer that might read the query. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const NUMBER = /^(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?)/;

function isAscii(char: string): boolean {
  return char.charCodeAt(0) < 0x80;
}

/** Index just past the quote closing the literal that opens at `start` (backslash escapes). */
function endOfString(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') i += 2;
    else if (char === quote) return i + 1;
    else i += 1;
  }
  return -1;
}

/** Index just past the backtick closing the name that opens at `start` (`` escapes a backtick). */
function endOfQuotedName(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === '`') {
      if (source[i + 1] === '`') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return -1;
}

export function lex(source: string): Lexed {
  const tokens: Token[] = [];
  const nonAscii: Lexed['nonAscii'] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (/\s/.test(char) && isAscii(char)) {
      i += 1;
    } else if (char === '/' && next === '/') {
      while (i < source.length && !LINE_BREAK.test(source[i] as string)) i += 1;
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) return { tokens, nonAscii, unterminated: 'comment' };
      i = end + 2;
    } else if (char === "'" || char === '"') {
      const end = endOfString(source, i, char);
      if (end < 0) return { tokens, nonAscii, unterminated: 'string' };
      tokens.push({ kind: 'string', text: source.slice(i + 1, end - 1), offset: i });
      i = end;
    } else if (char === '`') {
      const end = endOfQuotedName(source, i);
      if (end < 0) return { tokens, nonAscii, unterminated: 'quoted name' };
      tokens.push({
        kind: 'quoted',
        text: source.slice(i + 1, end - 1).replaceAll('``', '`'),
        offset: i,
      });
      i = end;
    } else if (char === '$' && next !== undefined && (WORD_PART.test(next) || next === '`')) {
      let end = i + 1;
      if (next === '`') end = Math.max(endOfQuotedName(source, i + 1), i + 2);
      else while (end < source.length && WORD_PART.test(source[end] as string)) end += 1;
      tokens.push({ kind: 'parameter', text: source.slice(i + 1, end), offset: i });
      i = end;
    } else if (WORD_START.test(char)) {
      let end = i + 1;
      while (end < source.length && WORD_PART.test(source[end] as string)) end += 1;
      tokens.push({ kind: 'word', text: source.slice(i, end), offset: i });
      i = end;
    } else if (DIGIT.test(char)) {
      // Only the number itself: letters right after it (`2.5LOAD`) start a word of their own,
      // so no keyword can hide inside a malformed number.
      const number = NUMBER.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'number', text: number[0], offset: i });
      i += number[0].length;
    } else {
      const codePoint = source.codePointAt(i) ?? 0;
      const width = codePoint > 0xffff ? 2 : 1;
      const symbol = source.slice(i, i + width);
      if (!isAscii(symbol)) nonAscii.push({ char: symbol, offset: i });
      tokens.push({ kind: 'symbol', text: symbol, offset: i });
      i += width;
    }
  }
  return { tokens, nonAscii };
}

/** A token's text as a keyword: upper case, after NFKC so that look-alike letters fold. */
export function keyword(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? token.text.normalize('NFKC').toUpperCase() : undefined;
}
