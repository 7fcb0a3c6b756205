/**
 * Runs the whole extractor on a statement held in memory: how the unit tables test a rule on a few
 * sentences of their own, written in a genre's style, under a genre's title.
 */
import type { Extraction } from '../../contract/extraction';
import { extract } from '../../ingest/extract';

export function extractText(title: string, body: string, name = 'memory'): Extraction {
  return extract({
    path: `memory/${name}.txt`,
    basename: name,
    format: 'text',
    title,
    body,
    sha256: 'c'.repeat(64),
  });
}
