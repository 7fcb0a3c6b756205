/**
 * Plain text / Markdown statements. Either a header of `Key: value` lines (Title, Date, Source,
 * Place) and a blank line, or — as State Department releases arrive — no header: then a leading
 * date line and the title line after it are taken as metadata and removed from the body.
 */
import type { SourceDocument } from '../types';
import { dropBulletGlyphs } from './bullets';
import { parseDateLine } from './dates';

type Meta = Pick<SourceDocument, 'title' | 'date' | 'source' | 'place'>;

const HEADER_LINE = /^(Title|Date|Source|Place):\s*(.*)$/i;

function parseHeader(lines: string[]): { meta: Meta; consumed: number } | undefined {
  const meta: Meta = {};
  let index = 0;
  while (index < lines.length) {
    const match = HEADER_LINE.exec(lines[index]!.trim());
    if (!match) break;
    const key = match[1]!.toLowerCase() as keyof Meta;
    const value = match[2]!.trim();
    if (value) meta[key] = key === 'date' ? (parseDateLine(value) ?? value) : value;
    index++;
  }
  if (index === 0) return undefined;
  return { meta, consumed: index };
}

/** A title line: not too long, no final sentence punctuation. */
function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 300 && !/[.!?;:]$/.test(text);
}

function inferHeader(lines: string[]): { meta: Meta; consumed: number } {
  const meta: Meta = {};
  let index = 0;
  const skipBlank = () => {
    while (index < lines.length && lines[index]!.trim() === '') index++;
  };
  // Date and title may come in either order within the first two non-blank lines.
  for (let step = 0; step < 2; step++) {
    skipBlank();
    const line = lines[index];
    if (line === undefined) break;
    const date = meta.date ? undefined : parseDateLine(line);
    if (date) {
      meta.date = date;
      index++;
    } else if (!meta.title && meta.date && looksLikeTitle(line)) {
      meta.title = line.trim();
      index++;
    } else break;
  }
  return { meta, consumed: index };
}

export function parseTextDocument(raw: string): { meta: Meta; body: string } {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const header = parseHeader(lines) ?? inferHeader(lines);
  return { meta: header.meta, body: dropBulletGlyphs(lines.slice(header.consumed).join('\n')) };
}
