/**
 * YAML front matter (`---` … `---` at the top of a Markdown file), as the White House archive
 * stores it: title, date, source_url (and published/modified times, tags). Parsed with `yaml`, so
 * double-quoted escapes (`\u2019`, `\_` = no-break space) and folded continuation lines of long
 * titles come out as the text they stand for.
 */
import { parse } from 'yaml';
import { InputError } from '../errors';
import type { SourceDocument } from '../types';
import { parseDateLine } from './dates';
import { unescapePandoc } from './pandoc';

type Meta = Pick<SourceDocument, 'title' | 'date' | 'source' | 'place'>;

class FrontMatterError extends InputError {
  override name = 'FrontMatterError';
  constructor(path: string, reason: string) {
    super(
      path,
      `ingest: ${path} has YAML front matter that cannot be read (${reason}); fix the lines between the two "---" lines.`,
    );
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** One line of text: escapes undone, every run of whitespace (no-break spaces too) one space. */
function cleanLine(text: string): string {
  return unescapePandoc(text)
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanLine(value) || undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Splits front matter from the body; `undefined` when the file has none. */
export function splitFrontMatter(
  path: string,
  raw: string,
): { meta: Meta; body: string } | undefined {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    throw new FrontMatterError(
      path,
      error instanceof Error ? error.message.split('\n')[0]! : String(error),
    );
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
    throw new FrontMatterError(path, 'it is not a list of "key: value" lines');
  const fields = (data ?? {}) as Record<string, unknown>;
  const meta: Meta = {};
  const title = text(fields.title);
  if (title) meta.title = title;
  const date = text(fields.date) ?? text(fields.published_time);
  if (date) meta.date = parseDateLine(date) ?? date;
  const source = text(fields.source_url) ?? text(fields.source);
  if (source) meta.source = source;
  const place = text(fields.place);
  if (place) meta.place = place;
  return { meta, body: raw.slice(match[0].length) };
}
