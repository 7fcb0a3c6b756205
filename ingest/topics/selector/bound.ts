/**
 * Which candidate rows can still reach the selector's threshold once their candidate's and their
 * commitment's features are known (selector/rows.ts): the features added after those (the folded
 * phrase, `inDocument`, `sameHead` and the four gold statistics) add at most the largest weight of
 * each of their families, never less than 0 (a feature the model never saw weighs 0). On the bench
 * corpus half the rows fall short and are dropped before their phrase is folded and looked up;
 * none of them could have been chosen, so the selector's output is unchanged.
 */

import { NAME_PREFIX } from './nameComplements';

/** The families of the features a row gets after its first bound check, one feature each. */
const LATER_FAMILIES = [
  'phrase:',
  'inDocument:',
  'sameHead:',
  'goldNamed:',
  'goldHead:',
  'goldRate:',
  'goldRate+length:',
] as const;

/** A margin for the order in which the bound and the score add the same weights up. */
const ROUNDING = 1e-9;

const laterBounds = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();

/**
 * The most the later features can add to a row's score, per model and feature prefix ('' or a
 * name-complement row's NAME_PREFIX: its families are its own), computed once each.
 */
export function laterBound(weights: ReadonlyMap<string, number>, prefix = ''): number {
  let byPrefix = laterBounds.get(weights);
  if (!byPrefix) {
    byPrefix = new Map();
    laterBounds.set(weights, byPrefix);
  }
  let bound = byPrefix.get(prefix);
  if (bound === undefined) {
    const families = LATER_FAMILIES.map((family) => prefix + family);
    const most = families.map(() => 0);
    for (const [feature, weight] of weights) {
      const family = families.findIndex((start) => feature.startsWith(start));
      if (family >= 0 && weight > most[family]!) most[family] = weight;
    }
    bound = most.reduce((sum, weight) => sum + weight, 0);
    byPrefix.set(prefix, bound);
  }
  return bound;
}

/** Whether a row whose first features are `first` and `context` may reach `threshold`. */
export function mayPass(
  weights: ReadonlyMap<string, number>,
  threshold: number,
  first: readonly string[],
  context: readonly string[],
): boolean {
  let z = 0;
  for (const feature of first) z += weights.get(feature) ?? 0;
  for (const feature of context) z += weights.get(feature) ?? 0;
  const prefix = first[0]?.startsWith(NAME_PREFIX) ? NAME_PREFIX : '';
  return z + laterBound(weights, prefix) >= Math.log(threshold / (1 - threshold)) - ROUNDING;
}
