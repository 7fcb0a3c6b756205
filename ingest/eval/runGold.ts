/**
 * Extracts every corpus file that has a gold annotation and scores it: per document, micro
 * (pooled counts) and macro (mean of the documents' figures). Each statement is extracted once
 * by the rules; the learnt topic selector of the fold that never saw it is then applied.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { type Entity, type Extraction, ExtractionSchema } from '../../contract/extraction';
import { compileNameFinder, type NameFinder, nameFinder } from '../entities/nameFinderModel';
import { extractByRules, finishExtraction, LEARNT_NAMES, type RulesExtraction } from '../extract';
import { type Lexicon, lexiconWithout, withLexicon } from '../lexicon';
import { readDocument } from '../read';
import { rowTopic } from '../topics/selector/apply';
import { compileSelector, type Selector, selector } from '../topics/selector/model';
import { type CandidateRow, candidateRows } from '../topics/selector/rows';
import { type Figures, figuresOf, macroFigures } from './figures';
import { type GoldDocument, loadGold } from './goldSchema';
import { nameTrainingFiles } from './nameFinderFile';
import { NAME_THRESHOLD, trainNameFinder } from './nameFinderTraining';
import { aggregate, type DocumentScore, scoreDocument } from './score';
import { rowOffers } from './selectorCalibration';
import { perFold, trainingFile, trainSelector } from './selectorTraining';

/** The folders the gold's statements are read from, searched in order (eval, gold:topics, gold:names, benches). */
export const GOLD_CORPUS = ['data/corpus', 'data/corpus-wh-dprk', 'data/corpus-wh-gold'].map(
  (dir) => resolve(import.meta.dirname, '../..', dir),
);

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

/** A gold file, its statement's rules-only extraction and the selector's candidates in it. */
export interface GoldInput {
  base: string;
  gold: GoldDocument;
  /**
   * The file's leave-one-out lexicon, built again on each call: kept for every file its learnt
   * list would hold ~7 MB per file (≈ 4 GB for the whole gold, the heap's default ceiling).
   */
  lexicon: () => Lexicon;
  rules: RulesExtraction;
  rows: CandidateRow[];
  /** The Topic entity each row would become if chosen (apply.ts), what its training label scores. */
  rowTopics: Entity[];
  /** What extraction would offer of each row (selectorCalibration.ts). */
  offers: number[];
  extractMs: number;
}

/**
 * The Topic each row would become. Module-level on purpose: an arrow inside goldInputs' loop that
 * read `lexicon` would put it in the loop's closure context, which the retained `lexicon: () => …`
 * closure shares, and so keep one whole lexicon alive per gold file (6.6 GB for 698 files).
 */
function topicsOfRows(rows: readonly CandidateRow[], lexicon: Lexicon): Entity[] {
  return rows.map((row) => rowTopic(row, lexicon));
}

/**
 * Every gold file with its statement extracted by the rules. Leave-one-out: topics learnt from
 * the gold count only where other gold files support them, so no document is scored with its own
 * annotation's help.
 */
export async function goldInputs(
  goldDir: string,
  corpusDirs: readonly string[],
): Promise<GoldInput[]> {
  const goldFiles = (await readdir(goldDir)).filter((file) => file.endsWith('.json')).sort();
  const inputs: GoldInput[] = [];
  for (const goldFile of goldFiles) {
    const base = basename(goldFile, '.json');
    const gold = await loadGold(join(goldDir, goldFile));
    const doc = await readDocument(await corpusFileFor(corpusDirs, base));
    const lexicon = lexiconWithout(base);
    const started = performance.now();
    const rules = withLexicon(lexicon, () => extractByRules(doc));
    const rows = candidateRows(rules.extraction, rules.terms, lexicon);
    inputs.push({
      base,
      gold,
      lexicon: () => lexiconWithout(base),
      rules,
      rows,
      rowTopics: topicsOfRows(rows, lexicon),
      offers: rowOffers(rows, rules, lexicon),
      extractMs: performance.now() - started,
    });
  }
  return inputs;
}

export interface SelectorOptions {
  /** false: the rules alone, as before the learnt selector. */
  selector?: boolean;
  threshold?: number;
  /** Whether to apply the learnt name finder (default: as `extract` does, LEARNT_NAMES). */
  names?: boolean;
  nameThreshold?: number;
  /**
   * true: every file gets the shipped models (data/lexicon/topics-selector.json), exactly as
   * `extract` runs, for gold that did not train it (a holdout folder); false: folds of the gold itself.
   */
  shipped?: boolean;
}

/**
 * Scores every gold file. The learnt topic selector and name finder are applied as `extract`
 * applies them, but with models of the files of the other folds (K-fold by file): no file is
 * scored by a model that saw its gold.
 */
export async function runGold(
  goldDir: string,
  corpusDirs: readonly string[],
  options: SelectorOptions = {},
): Promise<GoldRun> {
  const inputs = await goldInputs(goldDir, corpusDirs);
  const files = inputs.map((i) => trainingFile(i));
  const folded = perFold(files, (training, fold) =>
    compileSelector(
      trainSelector(training, `fold ${fold}`, options.threshold ?? selector().threshold),
    ),
  );
  const modelFor = (base: string): Selector => (options.shipped ? selector() : folded(base));
  const withNames = options.names ?? LEARNT_NAMES;
  const namesFolded = perFold(withNames ? nameTrainingFiles(inputs) : [], (training, fold) =>
    compileNameFinder(
      trainNameFinder(training, `fold ${fold}`, options.nameThreshold ?? NAME_THRESHOLD),
    ),
  );
  const namesFor = (base: string): NameFinder | undefined =>
    !withNames ? undefined : options.shipped ? nameFinder() : namesFolded(base);
  const documents: GoldRun['documents'] = [];
  for (const { base, gold, lexicon, rules, extractMs } of inputs) {
    const started = performance.now();
    const extraction = finishExtraction(
      rules,
      lexicon(),
      options.selector === false ? undefined : modelFor(base),
      namesFor(base),
    );
    const ms = extractMs + performance.now() - started;
    warnIfInvalid(base, extraction);
    documents.push({ file: base, score: scoreDocument(gold, extraction), extractMs: ms });
  }
  const scores = documents.map((d) => d.score);
  const counts = aggregate(scores);
  return { documents, counts, micro: figuresOf(counts), macro: macroFigures(scores) };
}
