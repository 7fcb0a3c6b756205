/**
 * `npm run eval:genre -- EVAL.json [LIST]`: the macro figures per statement genre (joint, readout,
 * one-party, other) of an eval JSON (`npm run eval -- --json`), over all its documents and, with a
 * LIST file of basenames (one a line), over those alone.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { GENRE_METRICS, type GenreDocument, genreMacro } from './genre';

const EvalJson = z.object({
  gold: z.object({
    documents: z.array(
      z.object({
        file: z.string(),
        figures: z.record(z.string(), z.number().nullable()),
        counts: z.object({ document: z.string() }),
      }),
    ),
  }),
});

class GenreCliError extends Error {}

function table(label: string, documents: readonly GenreDocument[]): string {
  const head = ['genre', 'n', ...GENRE_METRICS].join('\t');
  const lines = genreMacro(documents).map((row) =>
    [row.genre, String(row.documents), ...GENRE_METRICS.map((m) => format(row.figures[m]))].join(
      '\t',
    ),
  );
  return [`${label} (${documents.length})`, head, ...lines].join('\n');
}

function format(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : (100 * value).toFixed(1);
}

const [evalPath, listPath] = process.argv.slice(2);
if (evalPath === undefined) throw new GenreCliError('usage: eval:genre EVAL.json [LIST]');
const parsed = EvalJson.parse(JSON.parse(readFileSync(evalPath, 'utf8')));
const documents = parsed.gold.documents.map((doc) => ({
  name: basename(doc.file).replace(/\.json$/, ''),
  title: doc.counts.document,
  figures: doc.figures,
}));
console.log(table('ALL', documents));
if (listPath !== undefined) {
  const names = new Set(
    readFileSync(listPath, 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/\.json$/, ''))
      .filter(Boolean),
  );
  console.log(
    `\n${table(
      'LIST',
      documents.filter((doc) => names.has(doc.name)),
    )}`,
  );
}
