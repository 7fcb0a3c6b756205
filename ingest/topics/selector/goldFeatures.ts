/**
 * The gold features of a selector row: how often the gold names its phrase and head as a topic,
 * bucketed. Appended last, so a row's other features are read before its statistics are known
 * (training counts only the other files: ingest/eval/selectorTraining.ts).
 */
import { NAME_PREFIX } from './nameComplements';
import type { CandidateRow } from './rows';

/**
 * What the gold says of phrases: in how many gold files a phrase is a topic (`named`), in how many
 * it is a topic or a candidate (`seen`: the files that could have named it), and in how many a
 * topic has a given head. Training counts only the other files (ingest/eval/selectorTraining.ts);
 * the data file holds the counts over the whole gold.
 */
export interface PhraseStats {
  named(key: string): number;
  seen(key: string): number;
  head(head: string): number;
}

const BUCKETS = ['0', '1', '2-3', '2-3', '4+'];
const RATES = ['unseen', 'high', 'mid', 'low', 'none'];

/** Every gold feature string, built once: the model looks them up by a hashed string. */
const NAMED = BUCKETS.map((b) => `goldNamed:${b}`);
const HEADS = BUCKETS.map((b) => `goldHead:${b}`);
const RATE = RATES.map((r) => `goldRate:${r}`);
const RATE_LENGTH = RATES.map((r) => [1, 2, 3].map((n) => `goldRate+length:${r}|${n}`));

function bucket(n: number): number {
  return Math.min(n, 4);
}

/** Index into RATES. */
function rate(named: number, seen: number): number {
  if (seen === 0) return 0;
  const share = named / seen;
  if (share >= 0.5) return 1;
  if (share >= 0.2) return 2;
  return named > 0 ? 3 : 4;
}

/** The gold features of one row: appended, so a row is complete once its statistics are known. */
function goldFeatures(key: string, stats: PhraseStats, head = lastWord(key)): string[] {
  const named = stats.named(key);
  const r = rate(named, stats.seen(key));
  let words = 1;
  for (let i = key.indexOf(' '); i >= 0 && words < 3; i = key.indexOf(' ', i + 1)) words++;
  return [
    NAMED[bucket(named)]!,
    HEADS[bucket(stats.head(head))]!,
    RATE[r]!,
    RATE_LENGTH[r]![words - 1]!,
  ];
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/**
 * The gold features of a row: a name-complement row's read its head noun, not the name that ends
 * it, and carry NAME_PREFIX like its other features (nameComplements.ts).
 */
export function rowGoldFeatures(
  row: Pick<CandidateRow, 'key' | 'nameHead'>,
  stats: PhraseStats,
): string[] {
  if (row.nameHead === undefined) return goldFeatures(row.key, stats);
  return goldFeatures(row.key, stats, row.nameHead).map((f) => NAME_PREFIX + f);
}
