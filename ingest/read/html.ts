/**
 * Saved statement pages: Readability finds the main text, and block elements become paragraphs
 * (blank-line separated) so the segmenter sees the same shape as a text release.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceDocument } from '../types';
import { parseDateLine } from './dates';

type Meta = Pick<SourceDocument, 'title' | 'date' | 'source' | 'place'>;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

function blocksToText(root: ParentNode): string {
  const parts: string[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    // Nested blocks (a <p> inside an <li>) would be read twice.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

function metaContent(document: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export function parseHtmlDocument(html: string): { meta: Meta; body: string } {
  const { document } = parseHTML(html);
  const meta: Meta = {};
  const published =
    metaContent(document, ['meta[property="article:published_time"]', 'meta[name="date"]']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  if (published) meta.date = parseDateLine(published) ?? published;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) meta.source = canonical;

  const h1 = document.querySelector('h1')?.textContent?.trim();
  const titleTag = document.querySelector('title')?.textContent?.trim();
  // Readability mutates the DOM, so read it from a second parse.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  let body = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    body = blocksToText(content.body);
  }
  if (!body.trim()) body = blocksToText(document.body ?? document);
  if (!body.trim()) body = (document.body?.textContent ?? '').trim();
  const title = h1 || article?.title?.trim() || titleTag;
  if (title) meta.title = title.replace(/\s+/g, ' ');
  // The page's own <h1> is metadata, not a paragraph of the statement.
  if (meta.title && body.startsWith(meta.title)) body = body.slice(meta.title.length).trimStart();
  if (!meta.date) {
    const firstLine = body.split('\n', 1)[0] ?? '';
    const date = parseDateLine(firstLine);
    if (date) {
      meta.date = date;
      body = body.slice(firstLine.length).trimStart();
    }
  }
  return { meta, body };
}
