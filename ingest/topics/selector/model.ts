/**
 * The learnt topic selector's model as data: data/lexicon/topics-selector.json, generated from the
 * gold by `npm run gold:topics` (ingest/eval/selectorFile.ts), validated with zod and compiled
 * once per process into lookup maps. A logistic regression over sparse string features: the
 * probability that a candidate phrase is a topic the gold would name.
 */
import { z } from 'zod';
import selectorJson from '../../../data/lexicon/topics-selector.json';
import { parseRules } from '../../rules/load';
import type { PhraseStats } from './goldFeatures';
import { BARRED, type Cut } from './wholePhrase';

const count = z.number().int().min(0);

export const selectorSchema = z.object({
  $comment: z.string().optional(),
  /** sha256 of the gold files and word classes the model was trained on (a unit test checks it is current). */
  gold: z.string().regex(/^[0-9a-f]{64}$/),
  /** Candidates at or above this probability become topics. */
  threshold: z.number().gt(0).lt(1),
  /** [feature, weight], sorted by feature. */
  weights: z.array(z.tuple([z.string().min(1), z.number()])),
  /** [folded phrase, gold files naming it a topic, gold files where it is a topic or a candidate]. */
  phrases: z.array(z.tuple([z.string().min(1), count, count])),
  /** [head word, gold files with a topic of that head]. */
  heads: z.array(z.tuple([z.string().min(1), count])),
  /** The first model's probabilities recalibrated by kind (calibration.ts); absent: as scored. */
  calibration: z.array(z.number()).length(6).optional(),
  /** A second model that may add what the first leaves out (`Ensemble`); absent: the first alone. */
  ensemble: z
    .object({
      threshold: z.number().gt(0).lt(1),
      veto: z.number().min(0).lt(1),
      lone: z.number().gt(0).max(1),
      weights: z.array(z.tuple([z.string().min(1), z.number()])),
    })
    .optional(),
});

export type SelectorFile = z.output<typeof selectorSchema>;

/**
 * The mean of several training orders' weights (topicModel.ts `orders`): SGD's order is a lottery
 * (session 43), and the mean scores the gold's topics higher where one order is unlucky. It is
 * applied beside the one-order model rather than instead of it (apply.ts): alone it dropped
 * specific topics the one-order model keeps ("health equity", "opioid overdose reversal
 * medications") for a lone word or a longer run over the same words, which the decoder let win.
 */
interface Ensemble {
  readonly weights: ReadonlyMap<string, number>;
  /** Its candidates at or above this probability are added where the first model chose nothing. */
  readonly threshold: number;
  /** A first model's choice it scores below this is dropped (0: it never removes one). */
  readonly veto: number;
  /**
   * The probability at which it adds a lone word (1: none; the first model's choice of one stands
   * either way): the mean's gain is half lone words, which unseen text offers more of than the gold.
   */
  readonly lone: number;
  /** The cuts (wholePhrase.ts) that bar an addition: it must be a whole noun phrase. */
  readonly barred: ReadonlySet<Cut>;
}

/** A model ready to score: weights by feature, the gold statistics, the threshold. */
export interface Selector {
  readonly weights: ReadonlyMap<string, number>;
  readonly stats: PhraseStats;
  readonly threshold: number;
  readonly ensemble?: Ensemble;
  /** The first model's probabilities recalibrated by kind (calibration.ts); absent: as scored. */
  readonly calibration?: readonly number[];
}

/** Counts over a table, 0 for a key it does not hold. */
export function tableStats(
  phrases: ReadonlyMap<string, readonly [number, number]>,
  heads: ReadonlyMap<string, number>,
): PhraseStats {
  return {
    named: (key) => phrases.get(key)?.[0] ?? 0,
    seen: (key) => phrases.get(key)?.[1] ?? 0,
    head: (head) => heads.get(head) ?? 0,
  };
}

export function compileSelector(file: SelectorFile): Selector {
  return {
    weights: new Map(file.weights),
    stats: tableStats(
      new Map(file.phrases.map(([key, named, seen]) => [key, [named, seen] as const])),
      new Map(file.heads),
    ),
    threshold: file.threshold,
    ...(file.calibration ? { calibration: file.calibration } : {}),
    ...(file.ensemble
      ? {
          ensemble: {
            ...file.ensemble,
            weights: new Map(file.ensemble.weights),
            barred: BARRED,
          },
        }
      : {}),
  };
}

let compiled: Selector | undefined;

/** The model of data/lexicon/topics-selector.json (validated and compiled once). */
export function selector(): Selector {
  compiled ??= compileSelector(
    parseRules('lexicon/topics-selector.json', selectorSchema, selectorJson),
  );
  return compiled;
}

/** The probability that a candidate is a topic; a feature never seen in training weighs 0. */
export function probability(weights: ReadonlyMap<string, number>, features: readonly string[]) {
  let z = 0;
  for (const feature of features) z += weights.get(feature) ?? 0;
  return sigmoid(z);
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export interface Scored {
  /** Which commitment the candidate was read for (its index in the extraction). */
  readonly commitment: number;
  /** Document offsets. */
  readonly start: number;
  readonly end: number;
  readonly p: number;
}

/**
 * The candidates kept: probability at least `threshold`, most probable first, none overlapping a
 * kept candidate of the same commitment (nested spans compete: "missile programs" or "nuclear and
 * missile programs"), and one span kept once even when two commitments read it.
 */
export function decode<T extends Scored>(candidates: readonly T[], threshold: number): T[] {
  const ordered = candidates
    .filter((c) => c.p >= threshold)
    .sort((a, b) => b.p - a.p || a.start - b.start || a.end - b.end);
  const kept: T[] = [];
  for (const c of ordered) {
    const clash = kept.some(
      (k) =>
        (k.commitment === c.commitment && k.start < c.end && k.end > c.start) ||
        (k.start === c.start && k.end === c.end),
    );
    if (!clash) kept.push(c);
  }
  return kept;
}
