/**
 * The DPRK lens as the scorer sees it: the set of entities a document links to the focus country
 * through a commitment's about/targets. An entity X is in the lens when some commitment has both
 * the focus and X among its about ∪ implicitAbout ∪ targets (actors are who speaks, not what is
 * linked, so they are left out). The same set is built from the gold (about ∪ targets, which has
 * no implicit mark) and compared: precision over the predicted set, recall over the gold set.
 * Computed over ALL commitments of each side, so a spurious commitment's links cost precision.
 */
import { z } from 'zod';
import type { Extraction } from '../../contract/extraction';
import lensJson from '../../data/rules/eval-lens.json';
import { parseRules } from '../rules/load';
import type { EntityMatching } from './entityIndex';
import type { GoldDocument } from './goldSchema';
import { type PrecisionCounts, precisionOf, type RecallCounts, recallOf } from './metrics';
import { normName } from './normalize';

const LensRulesSchema = z.object({
  /** Entity id of the focus in the extraction. */
  focus: z.string().regex(/^[a-z]+:\S+$/),
  /** Names (or aliases) that make a gold Country the focus. */
  goldNames: z.array(z.string().min(1)).min(1),
});

const LENS = parseRules('rules/eval-lens.json', LensRulesSchema, lensJson);
const GOLD_FOCUS_NAMES = new Set(LENS.goldNames.map(normName));

export interface LensCounts {
  readonly precision: PrecisionCounts;
  readonly recall: RecallCounts;
}

export interface LensResult extends LensCounts {
  /** Predicted lens entities with no gold lens counterpart, and gold lens names not predicted. */
  readonly spurious: readonly string[];
  readonly missed: readonly string[];
}

/** Everything linked to `focus` through the about/targets lists of `links`. */
function linkedTo<T>(focus: ReadonlySet<T>, links: readonly (readonly T[])[]): Set<T> {
  const linked = new Set<T>();
  for (const items of links) {
    if (!items.some((item) => focus.has(item))) continue;
    for (const item of items) if (!focus.has(item)) linked.add(item);
  }
  return linked;
}

export function goldFocusNames(gold: GoldDocument): Set<string> {
  return new Set(
    gold.entities
      .filter((e) => e.type === 'Country')
      .filter((e) => [e.name, ...e.aliases].some((name) => GOLD_FOCUS_NAMES.has(normName(name))))
      .map((e) => e.name),
  );
}

export function scoreLens(
  gold: GoldDocument,
  extraction: Extraction,
  entities: EntityMatching,
): LensResult {
  const goldLens = linkedTo(
    goldFocusNames(gold),
    gold.commitments.map((c) => [...c.about, ...c.targets]),
  );
  const predictedLens = linkedTo(
    new Set([LENS.focus]),
    extraction.commitments.map((c) => [...c.about, ...(c.implicitAbout ?? []), ...c.targets]),
  );
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const spurious = [...predictedLens].filter(
    (id) => ![...entities.goldNamesOf(id)].some((name) => goldLens.has(name)),
  );
  const missed = [...goldLens].filter(
    (name) => ![...entities.accepted(name)].some((id) => predictedLens.has(id)),
  );
  return {
    precision: precisionOf({
      correct: predictedLens.size - spurious.length,
      predicted: predictedLens.size,
    }),
    recall: recallOf({ found: goldLens.size - missed.length, total: goldLens.size }),
    spurious: spurious.map((id) => nameOf.get(id) ?? id),
    missed,
  };
}
