/**
 * Scores one extraction against one gold document (pure: no I/O). See ./README.md for the
 * matching rules; the figures are kept as counts so that `aggregate` can micro-average them.
 */
import type { Entity, Extraction } from '../../contract/extraction';
import { matchCommitments } from './commitments';
import { GoldEntityIndex } from './entityIndex';
import type { GoldDocument } from './goldSchema';
import { type LensCounts, scoreLens } from './lens';
import {
  type Counts,
  type PrecisionCounts,
  type PrecisionScore,
  type PrfScore,
  precisionOf,
  prf,
  type RecallCounts,
  type RecallScore,
  recallOf,
  sumCounts,
  sumPrecision,
  sumRecall,
} from './metrics';

/** A short description of an item that was missed or spurious, for the report. */
interface ErrorItem {
  readonly label: string;
  readonly detail?: string;
}

export interface ScoreErrors {
  readonly entities: { missed: ErrorItem[]; spurious: ErrorItem[] };
  readonly topics: { missed: ErrorItem[]; spurious: ErrorItem[] };
  readonly commitments: { missed: ErrorItem[]; spurious: ErrorItem[] };
  /** Gold about/target names not found in the matched prediction. */
  readonly about: ErrorItem[];
  /** Predicted about items of a matched commitment that are not in its gold about. */
  readonly aboutSpurious: ErrorItem[];
  readonly targets: ErrorItem[];
  /** Matched commitments whose predicted actor set is not the gold one. */
  readonly actorSets: ErrorItem[];
  /** DPRK lens: gold lens entities not predicted, predicted ones not in the gold lens. */
  readonly lens: { missed: ErrorItem[]; spurious: ErrorItem[] };
}

interface LensScore {
  readonly precision: PrecisionScore;
  readonly recall: RecallScore;
}

export interface Scores {
  readonly entities: PrfScore;
  readonly topics: PrfScore;
  readonly commitments: PrfScore;
  readonly about: RecallScore;
  readonly aboutPrecision: PrecisionScore;
  readonly targets: RecallScore;
  readonly lens: LensScore;
  /** Matched commitments whose actor set is exactly the gold one, of all matched. */
  readonly actorSets: RecallScore;
}

export interface DocumentScore extends Scores {
  readonly document: string;
  readonly errors: ScoreErrors;
}

export interface AggregateScore extends Scores {
  readonly documents: number;
}

const isTopic = (entity: { type: string }) => entity.type === 'Topic';

function describeEntity(entity: { name: string; type: string }): ErrorItem {
  return { label: entity.name, detail: entity.type };
}

function clip(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function scoreDocument(gold: GoldDocument, extraction: Extraction): DocumentScore {
  const index = new GoldEntityIndex(gold.entities);
  const predicted: readonly Entity[] = extraction.entities;
  const entities = index.match(predicted);
  const { leftToRight, rightToLeft } = entities.matching;

  // Entity counts, split into named entities and topics (types must be equal to match).
  const entityCounts = (topic: boolean) => {
    const goldSide = gold.entities
      .map((e, i) => [e, i] as const)
      .filter(([e]) => isTopic(e) === topic);
    const predSide = predicted.map((e, i) => [e, i] as const).filter(([e]) => isTopic(e) === topic);
    const missed = goldSide.filter(([, i]) => !leftToRight.has(i)).map(([e]) => describeEntity(e));
    const spurious = predSide
      .filter(([, i]) => !rightToLeft.has(i))
      .map(([e]) => describeEntity(e));
    const counts: Counts = {
      truePositives: goldSide.length - missed.length,
      falsePositives: spurious.length,
      falseNegatives: missed.length,
    };
    return { counts, missed, spurious };
  };
  const named = entityCounts(false);
  const topics = entityCounts(true);

  const commitments = matchCommitments(gold, extraction, entities);
  const about: RecallCounts = { found: 0, total: 0 };
  const targets: RecallCounts = { found: 0, total: 0 };
  const aboutPrecision: PrecisionCounts = { correct: 0, predicted: 0 };
  const aboutMisses: ErrorItem[] = [];
  const aboutSpurious: ErrorItem[] = [];
  const targetMisses: ErrorItem[] = [];
  const nameOf = new Map(predicted.map((e) => [e.id, e.name]));
  const actorSets: RecallCounts = { found: 0, total: 0 };
  const actorSetMisses: ErrorItem[] = [];
  for (const { gold: g, predicted: p, sameActors } of commitments.pairs) {
    actorSets.total++;
    if (sameActors) actorSets.found++;
    else
      actorSetMisses.push({
        label: `[${g.actors.join(', ')}] ≠ [${p.actors.map((id) => nameOf.get(id) ?? id).join(', ')}]`,
        detail: `${g.trigger} — ${clip(g.sentence, 70)}`,
      });
    const predictedAbout = new Set([...p.about, ...(p.implicitAbout ?? [])]);
    // About-precision: a predicted item is right when it stands for one of the gold about names.
    const goldAbout = new Set(g.about);
    for (const id of predictedAbout) {
      aboutPrecision.predicted++;
      if ([...entities.goldNamesOf(id)].some((name) => goldAbout.has(name)))
        aboutPrecision.correct++;
      else
        aboutSpurious.push({
          label: nameOf.get(id) ?? id,
          detail: `${g.trigger} — ${clip(g.sentence, 70)}`,
        });
    }
    const predictedTargets = new Set(p.targets);
    const tally = (
      names: readonly string[],
      found: ReadonlySet<string>,
      counts: RecallCounts,
      misses: ErrorItem[],
    ) => {
      for (const name of names) {
        counts.total++;
        if ([...entities.accepted(name)].some((id) => found.has(id))) counts.found++;
        else misses.push({ label: name, detail: `${g.trigger} — ${clip(g.sentence, 70)}` });
      }
    };
    tally(g.about, predictedAbout, about, aboutMisses);
    tally(g.targets, predictedTargets, targets, targetMisses);
  }
  const lens = scoreLens(gold, extraction, entities);

  return {
    document: gold.document.title,
    entities: prf(named.counts),
    topics: prf(topics.counts),
    commitments: prf({
      truePositives: commitments.pairs.length,
      falsePositives: commitments.spurious.length,
      falseNegatives: commitments.missed.length,
    }),
    about: recallOf(about),
    aboutPrecision: precisionOf(aboutPrecision),
    targets: recallOf(targets),
    lens: lensScores(lens),
    actorSets: recallOf(actorSets),
    errors: {
      entities: { missed: named.missed, spurious: named.spurious },
      topics: { missed: topics.missed, spurious: topics.spurious },
      commitments: {
        missed: commitments.missed.map((c) => ({
          label: `${c.stance} "${c.trigger}" [${c.actors.join(', ')}]`,
          detail: clip(c.sentence),
        })),
        spurious: commitments.spurious.map((c) => ({
          label: `${c.stance} "${c.trigger}" [${c.actors.join(', ')}]`,
          detail: clip(c.text),
        })),
      },
      about: aboutMisses,
      aboutSpurious,
      targets: targetMisses,
      actorSets: actorSetMisses,
      lens: {
        missed: lens.missed.map((label) => ({ label })),
        spurious: lens.spurious.map((label) => ({ label })),
      },
    },
  };
}

/** Micro-average: pool the counts of every document, then compute the figures once. */
export function aggregate(scores: readonly DocumentScore[]): AggregateScore {
  return {
    documents: scores.length,
    entities: prf(sumCounts(scores.map((s) => s.entities))),
    topics: prf(sumCounts(scores.map((s) => s.topics))),
    commitments: prf(sumCounts(scores.map((s) => s.commitments))),
    about: recallOf(sumRecall(scores.map((s) => s.about))),
    aboutPrecision: precisionOf(sumPrecision(scores.map((s) => s.aboutPrecision))),
    targets: recallOf(sumRecall(scores.map((s) => s.targets))),
    lens: {
      precision: precisionOf(sumPrecision(scores.map((s) => s.lens.precision))),
      recall: recallOf(sumRecall(scores.map((s) => s.lens.recall))),
    },
    actorSets: recallOf(sumRecall(scores.map((s) => s.actorSets))),
  };
}

function lensScores(counts: LensCounts): LensScore {
  return { precision: precisionOf(counts.precision), recall: recallOf(counts.recall) };
}
