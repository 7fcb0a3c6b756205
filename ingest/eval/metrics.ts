/**
 * Counts and the figures derived from them. Scores are kept as counts so that the overall
 * figure is micro-averaged (pooled counts), not an average of per-document ratios.
 */

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface PrfScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Found out of total gold items (about-recall, target-recall). */
export interface RecallCounts {
  found: number;
  total: number;
}

export interface RecallScore extends RecallCounts {
  /** `null` when there was nothing to find (no gold items over the matched commitments). */
  recall: number | null;
}

/**
 * A 0/0 ratio counts as perfect only when the other side is empty too (nothing predicted and
 * nothing to predict); otherwise it is 0, so an empty prediction scores recall 0, not NaN.
 */
export function prf(counts: Counts): PrfScore {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

export function recallOf(counts: RecallCounts): RecallScore {
  return {
    found: counts.found,
    total: counts.total,
    recall: counts.total === 0 ? null : counts.found / counts.total,
  };
}

export function sumCounts(items: readonly Counts[]): Counts {
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const item of items) {
    total.truePositives += item.truePositives;
    total.falsePositives += item.falsePositives;
    total.falseNegatives += item.falseNegatives;
  }
  return total;
}

export function sumRecall(items: readonly RecallCounts[]): RecallCounts {
  let found = 0;
  let total = 0;
  for (const item of items) {
    found += item.found;
    total += item.total;
  }
  return { found, total };
}

/** Correct out of predicted items (about-precision). */
export interface PrecisionCounts {
  correct: number;
  predicted: number;
}

export interface PrecisionScore extends PrecisionCounts {
  /** `null` when nothing was predicted. */
  precision: number | null;
}

export function precisionOf(counts: PrecisionCounts): PrecisionScore {
  return {
    correct: counts.correct,
    predicted: counts.predicted,
    precision: counts.predicted === 0 ? null : counts.correct / counts.predicted,
  };
}

export function sumPrecision(items: readonly PrecisionCounts[]): PrecisionCounts {
  let correct = 0;
  let predicted = 0;
  for (const item of items) {
    correct += item.correct;
    predicted += item.predicted;
  }
  return { correct, predicted };
}

/** Mean of the values that exist; `null` when none does (macro-averaging over documents). */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
