/**
 * Extracts every corpus file that has a gold annotation and scores it: per document, micro
 * (pooled counts) and macro (mean of the documents' figures).
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Extraction, ExtractionSchema } from '../../contract/extraction';
import { extract } from '../extract';
import { lexiconWithout, withLexicon } from '../lexicon';
import { readDocument } from '../read';
import { type Figures, figuresOf, macroFigures } from './figures';
import { loadGold } from './goldSchema';
import { aggregate, type DocumentScore, scoreDocument } from './score';

export interface GoldRun {
  documents: { file: string; score: DocumentScore; extractMs: number }[];
  micro: Figures;
  macro: Figures;
  /** Pooled counts behind the micro figures. */
  counts: ReturnType<typeof aggregate>;
}

/**
 * Finds the corpus file with the gold file's basename, whatever its extension, in the first
 * folder that has one: gold written for a real archived statement points at the archive copy
 * rather than at a reformatted duplicate in data/corpus.
 */
export async function corpusFileFor(corpusDirs: readonly string[], base: string): Promise<string> {
  for (const dir of corpusDirs) {
    const files = await readdir(dir);
    const match = files.find(
      (file) => file !== 'README.md' && file.replace(/\.[^.]+$/, '') === base,
    );
    if (match) return join(dir, match);
  }
  throw new Error(`eval: no corpus file for gold "${base}" in ${corpusDirs.join(', ')}`);
}

/** A contract violation is reported but still scored: the figures help find its cause. */
function warnIfInvalid(file: string, extraction: Extraction): void {
  const result = ExtractionSchema.safeParse(extraction);
  if (!result.success) {
    console.warn(
      `eval: ${file}: extraction breaks the contract: ${result.error.issues.length} issue(s), first: ${result.error.issues[0]?.message}`,
    );
  }
}

export async function runGold(goldDir: string, corpusDirs: readonly string[]): Promise<GoldRun> {
  const goldFiles = (await readdir(goldDir)).filter((file) => file.endsWith('.json')).sort();
  const documents: GoldRun['documents'] = [];
  for (const goldFile of goldFiles) {
    const base = basename(goldFile, '.json');
    const gold = await loadGold(join(goldDir, goldFile));
    const doc = await readDocument(await corpusFileFor(corpusDirs, base));
    // Leave-one-out: topics learnt from the gold count only where other gold files support
    // them, so no document is scored with its own annotation's help.
    const lexicon = lexiconWithout(base);
    const started = performance.now();
    const extraction = withLexicon(lexicon, () => extract(doc));
    const extractMs = performance.now() - started;
    warnIfInvalid(base, extraction);
    documents.push({ file: base, score: scoreDocument(gold, extraction), extractMs });
  }
  const scores = documents.map((d) => d.score);
  const counts = aggregate(scores);
  return { documents, counts, micro: figuresOf(counts), macro: macroFigures(scores) };
}
