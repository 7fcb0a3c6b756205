/**
 * Helpers of `gold:names` (nameModelCli.ts): which fold a gold file is in, and the ways a new
 * name's type is chosen, so they can be compared on the same candidates.
 */
import type { EntityType, Extraction } from '../../contract/extraction';
import type { GoldDocument } from './goldSchema';
import type { NameRow } from './nameHarvest';
import { foldOf as selectorFold } from './selectorTraining';

export interface NamedFile {
  base: string;
  gold: GoldDocument;
  extraction: Extraction;
  rows: NameRow[];
  /** Per row: the probability that it is a missing name, from a model that never saw the file. */
  p: number[];
  /** Per row: the type model's choice, and its share of the types' probabilities. */
  types: EntityType[];
  typeShare: number[];
}

/** A file's fold, as eval's selector folds it; with as many folds as files, its own index (leave-one-out). */
export function foldOf(base: string, index: number, files: number, folds: number): number {
  return folds >= files ? index : selectorFold(base, folds);
}

/**
 * model: the one-vs-rest type model; head: the rules' head noun (data/rules/names.json) where it
 * has one, else the model; gold: the other gold files' type for this name, else for its head
 * word, else the model; joint: the model's type, the name kept on the product of the two
 * models' probabilities (missing × type right); goldType: the model's choice of names with the
 * gold's type (what typing costs); oracle: the gold type and every positive kept (the ceiling).
 */
export const TYPINGS = ['model', 'joint', 'head', 'gold', 'goldType', 'oracle'] as const;
export type Typing = (typeof TYPINGS)[number];

const TYPE_NAMES = new Set<string>([
  'Country',
  'Region',
  'Organization',
  'Official',
  'Program',
  'Instrument',
  'Event',
]);

function featureType(row: NameRow, prefix: string): EntityType | undefined {
  const value = row.features.find((f) => f.startsWith(prefix))?.slice(prefix.length);
  return value && TYPE_NAMES.has(value) ? (value as EntityType) : undefined;
}

export function typeOf(typing: Typing, row: NameRow, modelType: EntityType): EntityType {
  switch (typing) {
    case 'model':
    case 'joint':
      return modelType;
    case 'head':
      return featureType(row, 'headType:') ?? modelType;
    case 'gold':
      return featureType(row, 'goldNamedType:') ?? featureType(row, 'goldHeadType:') ?? modelType;
    case 'goldType':
    case 'oracle':
      return row.type ?? modelType;
  }
}
