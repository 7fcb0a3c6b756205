/**
 * One flat record of figures per score, so the table, the JSON output and the floors all speak of
 * the same named metrics, and the macro average is one mean per name over the documents.
 */
import { meanOf } from './metrics';
import type { Scores } from './score';

export const METRICS = [
  'entityPrecision',
  'entityRecall',
  'entityF1',
  'topicPrecision',
  'topicRecall',
  'topicF1',
  'commitmentPrecision',
  'commitmentRecall',
  'commitmentF1',
  'aboutRecall',
  'aboutPrecision',
  'targetRecall',
  'lensPrecision',
  'lensRecall',
  'actorSet',
] as const;

export type Metric = (typeof METRICS)[number];

/** `null` where a figure is undefined for this score (nothing to find / nothing predicted). */
export type Figures = Record<Metric, number | null>;

export function figuresOf(score: Scores): Figures {
  return {
    entityPrecision: score.entities.precision,
    entityRecall: score.entities.recall,
    entityF1: score.entities.f1,
    topicPrecision: score.topics.precision,
    topicRecall: score.topics.recall,
    topicF1: score.topics.f1,
    commitmentPrecision: score.commitments.precision,
    commitmentRecall: score.commitments.recall,
    commitmentF1: score.commitments.f1,
    aboutRecall: score.about.recall,
    aboutPrecision: score.aboutPrecision.precision,
    targetRecall: score.targets.recall,
    lensPrecision: score.lens.precision.precision,
    lensRecall: score.lens.recall.recall,
    actorSet: score.actorSets.recall,
  };
}

/**
 * Macro-average: the mean of each document's figure, so a short statement weighs as much as a
 * long one (the acceptance is stated this way). A document where a figure is undefined (no gold
 * DPRK link, no about predicted) is left out of that figure's mean, not counted as 0 or 1.
 */
export function macroFigures(documents: readonly Scores[]): Figures {
  const out = {} as Figures;
  for (const metric of METRICS) {
    out[metric] = meanOf(documents.map((score) => figuresOf(score)[metric]));
  }
  return out;
}
