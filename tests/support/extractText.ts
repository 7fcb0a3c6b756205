/**
 * Runs the whole extractor on a statement held in memory: how the unit tables test a rule on a few
 * sentences of their own, written in a genre's style, under a genre's title.
 */
import type { Extraction } from '../../contract/extraction';
import { nameFinder } from '../../ingest/entities/nameFinderModel';
import { extract, extractByRules, finishExtraction } from '../../ingest/extract';
import { lexicon } from '../../ingest/lexicon';
import { selector } from '../../ingest/topics/selector/model';
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

/**
 * The rules alone, without the learnt steps: for tests of a rule that leaves a text out which the
 * learnt name finder may still add because other gold files declare it ("Mount Sinjar", a Region
 * in gold 2024-04-15, is no place of a list no known place opens).
 */
export function extractTextByRules(title: string, body: string, name = 'memory'): Extraction {
  return extractByRules(memoryDocument(title, body, name)).extraction;
}

/** The whole extractor with the learnt name finder, whether or not `extract` runs it (LEARNT_NAMES). */
export function extractTextWithNames(title: string, body: string, name = 'memory'): Extraction {
  return finishExtraction(
    extractByRules(memoryDocument(title, body, name)),
    lexicon(),
    selector(),
    nameFinder(),
  );
}
