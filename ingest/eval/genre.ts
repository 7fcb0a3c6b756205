/**
 * Statement genres, read from a statement's title, and the macro figures per genre, so a weak
 * genre shows up before unseen statements of that genre inherit it. The genres are those analysts
 * read: joint statements and declarations, readouts of calls and meetings, and one-party
 * statements (a President's, a Press Secretary's or a spokesperson's statement or message).
 */
import type { Figures, Metric } from './figures';
import { meanOf } from './metrics';

const GENRES = ['joint', 'readout', 'one-party', 'other'] as const;
export type Genre = (typeof GENRES)[number];

/** Who speaks is in the title's head: "Readout of …", "Statement by/from/of …", "Presidential Message …". */
const READOUT = /\breadout\b/i;
const ONE_PARTY =
  /^(?:statement|message|remarks)s?\s+(?:by|from|of)\b|^presidential\s+(?:message|statement)\b|^fact\s+sheet\b/i;
/**
 * Any other statement, declaration, communiqué or vision is issued by several parties, and so is a
 * signed instrument (roadmap, memorandum, charter, action plan, principles): its signatories speak.
 */
const JOINT =
  /\bjoint\b|\bdeclaration\b|\bcommuniqu[eé]|\bstatement\b|\bvision\b|\broadmap\b|\bmemorandum\b|\bcharter\b|\baction\s+plan\b|\bprinciples\b/i;

export function genreOf(title: string): Genre {
  const head = title.trim();
  if (READOUT.test(head)) return 'readout';
  if (ONE_PARTY.test(head)) return 'one-party';
  if (JOINT.test(head)) return 'joint';
  return 'other';
}

/** The figures the session reports (the eval JSON's per-document `figures`). */
export const GENRE_METRICS: readonly Metric[] = [
  'entityF1',
  'topicF1',
  'commitmentF1',
  'aboutPrecision',
  'aboutRecall',
  'lensPrecision',
  'lensRecall',
];

export interface GenreDocument {
  title: string;
  figures: Partial<Figures>;
}

export interface GenreRow {
  genre: Genre;
  documents: number;
  figures: Partial<Record<Metric, number | null>>;
}

/** One row per genre present, in GENRES order: the macro (mean of the documents' figures). */
export function genreMacro(documents: readonly GenreDocument[]): GenreRow[] {
  const rows: GenreRow[] = [];
  for (const genre of GENRES) {
    const mine = documents.filter((doc) => genreOf(doc.title) === genre);
    if (mine.length === 0) continue;
    const figures: Partial<Record<Metric, number | null>> = {};
    for (const metric of GENRE_METRICS)
      figures[metric] = meanOf(mine.map((doc) => doc.figures[metric] ?? null));
    rows.push({ genre, documents: mine.length, figures });
  }
  return rows;
}

/** Error classes of an eval JSON's `errors` (with `--details`): how many items each list holds. */
export const ERROR_CLASSES = [
  'entities.missed',
  'entities.spurious',
  'topics.missed',
  'topics.spurious',
  'commitments.missed',
  'commitments.spurious',
  'about',
  'aboutSpurious',
  'actorSets',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

export interface GenreErrors {
  title: string;
  errors: Record<ErrorClass, number>;
}

/** Per genre, the mean count of each error class per document: where a weak genre loses. */
export function genreErrors(
  documents: readonly GenreErrors[],
): { genre: Genre; documents: number; perDocument: Record<ErrorClass, number> }[] {
  return GENRES.flatMap((genre) => {
    const mine = documents.filter((doc) => genreOf(doc.title) === genre);
    if (mine.length === 0) return [];
    const perDocument = {} as Record<ErrorClass, number>;
    for (const name of ERROR_CLASSES)
      perDocument[name] = mine.reduce((sum, doc) => sum + doc.errors[name], 0) / mine.length;
    return [{ genre, documents: mine.length, perDocument }];
  });
}
