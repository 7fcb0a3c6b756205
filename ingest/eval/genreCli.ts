/**
 * `npm run eval:genre -- EVAL.json [LIST]`: the macro figures per statement genre (joint, readout,
 * one-party, other) of an eval JSON (`npm run eval -- --json`), over all its documents and, with a
 * LIST file of basenames (one a line), over those alone; when the JSON has `errors` (`--details`),
 * also the mean count per document of each error class per genre (over all documents).
 */
import { z } from 'zod';
import { goldName, readEvalDocuments, readNameList } from './evalJsonFile';
import {
  ERROR_CLASSES,
  type ErrorClass,
  GENRE_METRICS,
  type GenreDocument,
  genreErrors,
  genreMacro,
} from './genre';

/** A `{missed, spurious}` pair of item lists, or one list (`about`, `actorSets`). */
const Items = z.array(z.unknown());
const Pair = z.object({ missed: Items, spurious: Items });
const Errors = z.object({
  entities: Pair,
  topics: Pair,
  commitments: Pair,
  about: Items,
  aboutSpurious: Items,
  actorSets: Items,
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

function errorCounts(errors: z.infer<typeof Errors>): Record<ErrorClass, number> {
  return {
    'entities.missed': errors.entities.missed.length,
    'entities.spurious': errors.entities.spurious.length,
    'topics.missed': errors.topics.missed.length,
    'topics.spurious': errors.topics.spurious.length,
    'commitments.missed': errors.commitments.missed.length,
    'commitments.spurious': errors.commitments.spurious.length,
    about: errors.about.length,
    aboutSpurious: errors.aboutSpurious.length,
    actorSets: errors.actorSets.length,
  };
}

const [evalPath, listPath] = process.argv.slice(2);
if (evalPath === undefined) throw new GenreCliError('usage: eval:genre EVAL.json [LIST]');
const documents = readEvalDocuments(evalPath, Errors.optional()).map((doc) => ({
  name: goldName(doc.file),
  title: doc.counts.document,
  figures: doc.figures,
  errors: doc.errors,
}));
console.log(table('ALL', documents));
if (listPath !== undefined) {
  const names = readNameList(listPath);
  console.log(
    `\n${table(
      'LIST',
      documents.filter((doc) => names.has(doc.name)),
    )}`,
  );
}
const detailed = documents.flatMap((doc) =>
  doc.errors ? [{ title: doc.title, errors: errorCounts(doc.errors) }] : [],
);
if (detailed.length > 0) {
  const rows = genreErrors(detailed).map((row) =>
    [
      row.genre,
      String(row.documents),
      ...ERROR_CLASSES.map((c) => row.perDocument[c].toFixed(2)),
    ].join('\t'),
  );
  console.log(
    `\nERRORS per document (${detailed.length})\n${['genre', 'n', ...ERROR_CLASSES].join('\t')}\n${rows.join('\n')}`,
  );
}
