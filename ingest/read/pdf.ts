/** PDF releases: the text layer, one page after another; a scanned PDF has none and is refused. */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { messageOf } from '../../contract/errors';
import { BinaryInputError, EmptyInputError, PdfUnreadableError } from '../errors';
import type { SourceDocument } from '../types';
import { parseTextDocument } from './text';

type Meta = Pick<SourceDocument, 'title' | 'date' | 'source' | 'place'>;

export async function parsePdfDocument(
  path: string,
  bytes: Uint8Array,
): Promise<{ meta: Meta; body: string }> {
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  if (magic !== '%PDF-') throw new BinaryInputError(path, 'it does not start with %PDF-');
  let pages: string[];
  let info: Record<string, unknown> = {};
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const result = await extractText(pdf, { mergePages: false });
    pages = result.text;
    info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
  } catch (error) {
    const reason = messageOf(error);
    // pdf.js names a missing or wrong password PasswordException.
    const encrypted = error instanceof Error && /password/i.test(`${error.name} ${reason}`);
    throw new PdfUnreadableError(path, encrypted, reason);
  }
  const text = pages.join('\n\n');
  if (!text.trim()) throw new EmptyInputError(path, 'the PDF has no text layer; OCR it first');
  // A PDF's first lines follow the same conventions as a text release (date line, title).
  const parsed = parseTextDocument(text);
  const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
  if (title && !parsed.meta.title) parsed.meta.title = title;
  return parsed;
}
