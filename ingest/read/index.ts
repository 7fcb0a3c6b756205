/**
 * `readDocument(path)`: the one entry point from a file to a `SourceDocument`, dispatching on the
 * extension to one adapter per format. All failures are `InputError` subclasses.
 */
import { basename, extname } from 'node:path';
import { UnsupportedFormatError } from '../errors';
import type { SourceDocument, SourceFormat } from '../types';
import { decodeText, readBytes, sha256Hex } from './bytes';
import { parseHtmlDocument } from './html';
import { parseMarkdownDocument } from './markdown';
import { parsePdfDocument } from './pdf';
import { parseTextDocument } from './text';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** Text formats read as Markdown (front matter, hard-wrapped paragraphs, escapes). */
const MARKDOWN = new Set(['.md', '.markdown']);

export async function readDocument(path: string): Promise<SourceDocument> {
  const extension = extname(path).toLowerCase();
  const format = FORMATS[extension];
  if (!format) throw new UnsupportedFormatError(path, extension);
  const bytes = await readBytes(path);
  const parsed =
    format === 'pdf'
      ? await parsePdfDocument(path, bytes)
      : format === 'html'
        ? parseHtmlDocument(decodeText(path, bytes))
        : MARKDOWN.has(extension)
          ? parseMarkdownDocument(path, decodeText(path, bytes))
          : parseTextDocument(decodeText(path, bytes));
  return {
    path,
    basename: basename(path, extname(path)),
    format,
    ...parsed.meta,
    body: parsed.body,
    sha256: sha256Hex(bytes),
  };
}
