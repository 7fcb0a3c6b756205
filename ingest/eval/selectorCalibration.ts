/**
 * The selector's calibration by kind (topics/selector/calibration.ts) as training fits it: every
 * training file's candidate rows that extraction would offer (`rowOffers`: the topic conventions'
 * gate, a lone word where the gold counts allow it) scored by a model that never saw the file (an
 * inner K-fold over the training files, by the files' own folds), and a logistic regression of
 * their labels on those scores and the run's length class. No file's labels reach the calibration
 * its own score is read through: an eval fold's calibration comes from the other folds' files only.
 */
import type { RulesExtraction } from '../extract';
import type { Lexicon } from '../lexicon';
import { WORD_GOLD_FILES } from '../topics/selector/apply';
import { calibrationInputs } from '../topics/selector/calibration';
import { type PhraseStats, rowGoldFeatures } from '../topics/selector/goldFeatures';
import { probability, sigmoid } from '../topics/selector/model';
import { type CandidateRow, candidateRows } from '../topics/selector/rows';

/**
 * A row extraction never offers (the conventions bar it), always offers, or offers as a lone word
 * where the gold counts allow it.
 */
export const BARRED = 0;
export const OFFERED = 1;
export const LONE = 2;

/**
 * What extraction would offer of each training row (`rows`, read with no gate): the gated rows
 * with every lone word allowed, less those with none allowed, are the lone words the gold counts decide.
 */
export function rowOffers(
  rows: readonly CandidateRow[],
  rules: RulesExtraction,
  lexicon: Lexicon,
): number[] {
  const keys = (lone: boolean) =>
    new Set(
      candidateRows(rules.extraction, rules.terms, lexicon, () => lone).map(
        (r) => `${r.commitment}:${r.start}:${r.end}:${r.nameHead ?? ''}`,
      ),
    );
  const any = keys(true);
  const always = keys(false);
  return rows.map((r) => {
    const key = `${r.commitment}:${r.start}:${r.end}:${r.nameHead ?? ''}`;
    return always.has(key) ? OFFERED : any.has(key) ? LONE : BARRED;
  });
}

/** What the inner K-fold reads of a training file (selectorTraining.ts `TrainingFile`). */
interface Scorable {
  readonly base: string;
  readonly rows: readonly CandidateRow[];
  readonly offers: readonly number[];
  readonly labels: readonly number[];
}

/**
 * The calibration of the model of `files`: each file's offered rows scored by the model `learn`
 * makes of the files outside its fold (their statistics too, as extraction reads them), then fitted
 * to the rows' labels.
 */
export function innerCalibration<F extends Scorable>(
  files: readonly F[],
  foldOf: (base: string) => number,
  learn: (files: F[]) => {
    counts: { without(base: string): PhraseStats };
    weights: ReadonlyMap<string, number>;
  },
): number[] {
  const scored: { p: number; text: string; label: number }[] = [];
  for (const fold of new Set(files.map((file) => foldOf(file.base)))) {
    const { counts, weights } = learn(files.filter((file) => foldOf(file.base) !== fold));
    const stats = counts.without('');
    for (const file of files) {
      if (foldOf(file.base) !== fold) continue;
      file.rows.forEach((row, i) => {
        const offer = file.offers[i]!;
        if (offer === BARRED || row.nameHead !== undefined) return;
        if (offer === LONE && stats.named(row.key) < WORD_GOLD_FILES) return;
        const p = probability(weights, [...row.features, ...rowGoldFeatures(row, stats)]);
        scored.push({ p, text: row.text, label: file.labels[i]! });
      });
    }
  }
  return fitCalibration(scored);
}

/**
 * Logistic regression by Newton's method (a handful of dense inputs, so exact and deterministic),
 * with a small ridge so that a kind absent from the rows keeps weight 0.
 */
export function fitCalibration(
  rows: readonly { p: number; text: string; label: number }[],
  iterations = 25,
  ridge = 1e-3,
): number[] {
  const xs = rows.map((row) => calibrationInputs(row.p, row.text));
  const n = xs[0]?.length ?? 6;
  // Start at the identity map: bias 0, slope 1.
  const w: number[] = Array.from({ length: n }, (_, i) => (i === 1 ? 1 : 0));
  const prior = (i: number) => (i === 1 ? 1 : 0);
  const loss = (v: readonly number[]) => {
    let sum = 0;
    xs.forEach((x, r) => {
      let z = 0;
      for (let i = 0; i < n; i++) z += v[i]! * x[i]!;
      // −log-likelihood, written so that a large |z| does not overflow.
      sum += Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - rows[r]!.label * z;
    });
    for (let i = 0; i < n; i++) sum += (ridge / 2) * (v[i]! - prior(i)) ** 2;
    return sum;
  };
  let current = loss(w);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(n).fill(0);
    const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    xs.forEach((x, r) => {
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i]! * x[i]!;
      const q = sigmoid(z);
      const d = q - rows[r]!.label;
      const s = q * (1 - q);
      for (let i = 0; i < n; i++) {
        g[i] = g[i]! + d * x[i]!;
        for (let j = 0; j < n; j++) h[i]![j] = h[i]![j]! + s * x[i]! * x[j]!;
      }
    });
    for (let i = 0; i < n; i++) {
      g[i] = g[i]! + ridge * (w[i]! - prior(i));
      h[i]![i] = h[i]![i]! + ridge;
    }
    const step = solve(h, g);
    // Newton's step, halved until the loss falls (a full step can overshoot far from the optimum).
    let scale = 1;
    let next = w.map((v, i) => v - step[i]!);
    let after = loss(next);
    while (after > current && scale > 1e-4) {
      scale /= 2;
      next = w.map((v, i) => v - scale * step[i]!);
      after = loss(next);
    }
    if (after > current) break;
    w.splice(0, n, ...next);
    if (current - after < 1e-9) break;
    current = after;
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

/** Gaussian elimination with partial pivoting: x with a x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let k = c; k <= n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
