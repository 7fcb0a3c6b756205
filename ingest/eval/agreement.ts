/**
 * Inter-annotator agreement: a second annotator's gold file is scored as if it were an extraction,
 * against the first annotator's file in data/gold, with exactly the matching the extractor gets.
 * The figures say how far two careful annotators agree under data/gold/README.md, which is the
 * ceiling the extractor can be held to (and shows whether a low figure is the gold's or ours).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extraction } from '../../contract/extraction';
import lensJson from '../../data/rules/eval-lens.json';
import { type Figures, figuresOf, macroFigures } from './figures';
import { type GoldDocument, loadGold } from './goldSchema';
import { goldFocusNames } from './lens';
import { type DocumentScore, scoreDocument } from './score';

/** The second annotation in the extraction's shape: names become ids, the focus country its id. */
export function goldAsExtraction(gold: GoldDocument): Extraction {
  const focus = goldFocusNames(gold);
  const idOf = new Map(
    gold.entities.map((e, i) => [e.name, focus.has(e.name) ? lensJson.focus : `gold:${i}`]),
  );
  const ids = (names: readonly string[]) => names.map((name) => idOf.get(name) ?? name);
  return {
    documents: [{ id: 'doc:agreement', title: gold.document.title, sha256: '0'.repeat(64) }],
    sentences: [],
    entities: gold.entities.map((e) => ({
      id: idOf.get(e.name) ?? e.name,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
    })),
    mentions: [],
    relations: gold.relations.map((r) => ({
      type: r.type,
      from: idOf.get(r.from) ?? r.from,
      to: idOf.get(r.to) ?? r.to,
    })),
    commitments: gold.commitments.map((c, i) => ({
      id: `commitment:${i}`,
      docId: 'doc:agreement',
      sentenceId: 'sentence:agreement',
      stance: c.stance,
      trigger: c.trigger,
      text: c.sentence,
      actors: ids(c.actors),
      about: ids(c.about),
      targets: ids(c.targets),
    })),
  };
}

export interface AgreementRun {
  documents: { file: string; annotator: string; score: DocumentScore }[];
  macro: Figures;
}

/**
 * Every `<secondDir>/<annotator>/<file>.json` against `<goldDir>/<file>.json`; a second file
 * without a first one is an error (it would silently measure nothing).
 */
export async function runAgreement(goldDir: string, secondDir: string): Promise<AgreementRun> {
  const documents: AgreementRun['documents'] = [];
  for (const annotator of (await readdir(secondDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const file of (await readdir(join(secondDir, annotator)))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const first = join(goldDir, file);
      if (!existsSync(first))
        throw new Error(`eval: ${annotator}/${file} has no first annotation in ${goldDir}`);
      const second = await loadGold(join(secondDir, annotator, file));
      const score = scoreDocument(await loadGold(first), goldAsExtraction(second));
      documents.push({ file: file.replace(/\.json$/, ''), annotator, score });
    }
  }
  return { documents, macro: macroFigures(documents.map((d) => d.score)) };
}

export function agreementRows(run: AgreementRun): { name: string; figures: Figures }[] {
  return [
    ...run.documents.map((d) => ({
      name: `${d.annotator}: ${d.file}`,
      figures: figuresOf(d.score),
    })),
    { name: 'agreement (macro: mean of documents)', figures: run.macro },
  ];
}
