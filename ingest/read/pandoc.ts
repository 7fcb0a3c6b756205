/**
 * Pandoc's Markdown escapes a character that would otherwise be markup with a backslash
 * (`United\_States`, `\$1 billion`, `17\. The G7`, `\'`), and writes a no-break space as `\ `.
 * Titles in the front matter keep these escapes when YAML does not consume them (plain or
 * single-quoted scalars), so they are undone here; the body goes through the Markdown parser.
 */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

export function unescapePandoc(text: string): string {
  return text.replace(/\\ /g, '\u00A0').replace(ESCAPE, '$1');
}
