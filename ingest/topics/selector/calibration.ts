/**
 * The learnt topic selector's probabilities recalibrated by candidate kind (session 52, topics52).
 * Scored out of fold, the one-order model is miscalibrated by length: an offered lone word at p
 * 0.45–0.6 is a gold topic 67 % of the time, a run of four or more words at p 0.6–0.75 only 44 %
 * (bench/selectorCalibration.ts): training reads every candidate, extraction offers only those
 * the conventions allow. A logistic regression over the model's log-odds and the run's length
 * class, fitted on out-of-fold scores of the training files (ingest/eval/selectorCalibration.ts),
 * maps a probability to the share of gold topics among such candidates. Applied only to add
 * (apply.ts): a row the raw model rejects and the calibration passes joins the ensemble's
 * additions (whole phrases on free words); demoting long runs instead dropped the modifiers the
 * one-order model keeps ("chronic disease epidemic" → "disease epidemic", sample 32 better / 16
 * worse against 22 / 4 additive). Name-complement rows keep their own floor and are not calibrated.
 */
import { sigmoid } from './model';

/** Inputs of the calibration: bias, log-odds, lone word (and its log-odds), long run (and its). */
export function calibrationInputs(p: number, text: string): number[] {
  const clipped = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  const z = Math.log(clipped / (1 - clipped));
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) words++;
  const lone = words === 1 ? 1 : 0;
  const long = words >= 4 ? 1 : 0;
  return [1, z, lone, lone * z, long, long * z];
}

/** The calibrated probability of a raw one. */
export function calibrate(coefficients: readonly number[], p: number, text: string): number {
  const x = calibrationInputs(p, text);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += coefficients[i]! * x[i]!;
  return sigmoid(z);
}

/**
 * The raw probability below which no row can be calibrated to `threshold` or more, for every kind
 * (apply.ts completes only rows that may pass it; bound.ts). 0 where a kind's slope is not positive.
 */
export function rawBound(coefficients: readonly number[], threshold: number): number {
  const target = Math.log(threshold / (1 - threshold));
  const [b = 0, s = 1, loneB = 0, loneS = 0, longB = 0, longS = 0] = coefficients;
  // Bias and slope of a run of two or three words, a lone word, a long run (calibrationInputs).
  const kinds = [
    [b, s],
    [b + loneB, s + loneS],
    [b + longB, s + longS],
  ] as const;
  let lowest = 1;
  for (const [bias, slope] of kinds) {
    if (slope <= 0) return 0;
    lowest = Math.min(lowest, sigmoid((target - bias) / slope));
  }
  // A margin for rounding: the bound must never drop a row that passes.
  return Math.max(lowest - 1e-6, 0);
}
