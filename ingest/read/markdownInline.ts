/**
 * The words of `marked`'s inline tokens, as the Markdown reader writes them: hard breaks as
 * paragraph breaks, inline HTML and images dropped, stray emphasis marks dropped, hard-wrapped
 * lines unwrapped.
 */
import type { Token } from 'marked';
import { dropStrayEmphasis, protectLiteral, restoreEscaped } from './strayEmphasis';

/** Paragraph break: a hard line break ("  " or "\" at a line end) separates paragraphs here. */
export const BREAK = '\n\n';

/** The token's own text, for the token kinds that have one. */
export const textOf = (token: Token): string =>
  'text' in token && typeof token.text === 'string' ? token.text : '';

function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'br':
        out += BREAK;
        break;
      case 'html':
        break; // inline tags (<sup>, <u>, <span>) carry no words; their content is a text token
      case 'image':
        break;
      case 'escape':
      case 'codespan':
        out += protectLiteral(token.text ?? ''); // "\\*" is an asterisk of the text, never markup
        break;
      default:
        out += 'tokens' in token && token.tokens ? inline(token.tokens) : textOf(token);
    }
  }
  return out;
}

/** The words of inline tokens: their text, without the emphasis marks `marked` left in it. */
export const words = (tokens: readonly Token[] | undefined): string =>
  restoreEscaped(dropStrayEmphasis(inline(tokens), BREAK));

/** The release's end mark, when written on the last line of text ("… bilateral ties. ###"). */
const TRAILING_END_MARK = /^(.*\S)\s+(#{3})$/s;

/** Hard-wrapped lines of one block → one line; a hard break still splits it into paragraphs. */
export function unwrap(text: string): string[] {
  return text
    .split(BREAK)
    .map((part) =>
      part
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .flatMap((part) => {
      // The end mark stays a paragraph of its own, as when it has its own line, never a word of
      // the last sentence.
      const mark = TRAILING_END_MARK.exec(part);
      return mark ? [mark[1]!, mark[2]!] : [part];
    });
}
