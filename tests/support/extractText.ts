/**
 * Runs the whole extractor on a statement held in memory: how the unit tables test a rule on a few
 * sentences of their own, written in a genre's style, under a genre's title.
 */
import type { Extraction } from '../../contract/extraction';
import { extract } from '../../ingest/extract';
import type { SourceDocument } from '../../ingest/types';

/** A statement held in memory, for the tests that run only part of the extractor on it. */
export function memoryDocument(
  title: string | undefined,
  body: string,
  name = 'memory',
): SourceDocument {
  return {
    path: `memory/${name}.txt`,
    basename: name,
    format: 'text',
    ...(title === undefined ? {} : { title }),
    body,
    sha256: 'c'.repeat(64),
  };
}

export function extractText(title: string, body: string, name = 'memory'): Extraction {
  return extract(memoryDocument(title, body, name));
}
