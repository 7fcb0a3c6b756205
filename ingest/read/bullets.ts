/**
 * "• North Macedonia will eliminate customs duties …": releases pasted from word processors keep
 * the bullet as a glyph, which Markdown does not read as a list marker and plain text keeps as
 * the first character of the sentence, so the sentence the gold holds never matched and the
 * glyph stood before every actor. A glyph opening a line is a list marker, whatever the format.
 */
const BULLET_GLYPH = /^([ \t]*)[•◦▪▫●‣∙][ \t\u00A0]+/gm;

/** Markdown: the glyph becomes a list marker, so each bullet is a list item of its own. */
export function glyphsToMarkdownList(markdown: string): string {
  return markdown.replace(BULLET_GLYPH, '$1- ');
}

/** Plain text: the glyph is dropped; the line and its words stay where they were. */
export function dropBulletGlyphs(text: string): string {
  return text.replace(BULLET_GLYPH, '$1');
}
