/**
 * Training the learnt name finder (entities/nameFinder.ts) from gold files: each file's uncovered
 * capitalised spans labelled by the scorer's matching (nameHarvest.ts), what the OTHER training
 * files say of each span's text, a logistic regression over both (topicModel.ts), and a
 * one-vs-rest type model over every name the training files declare. Used by `npm run gold:names
 * -- --write` and `npm run gold:topics` (all files → data/lexicon/names-finder.json) and by `npm
 * run eval` (one model per fold, each scoring only the files it never saw).
 */
import type { EntityType, Extraction } from '../../contract/extraction';
import { nameFeatures } from '../entities/learntCandidates';
import {
  headOf,
  type Majority,
  type NameFinderFile,
  type NameStats,
  nameKey,
  shapeOf,
  statFeatures,
} from '../entities/nameFinderModel';
import type { GoldDocument } from './goldSchema';
import type { NameRow } from './nameHarvest';
import { type Example, train } from './topicModel';

/**
 * A name is added when p(name) × the confidence of its type reaches one half: when the model
 * holds it more likely a gold name of the right type than not, an addition is expected to add
 * more matches than spurious names, which is what macro F1 rewards. Session 50 (K-fold, 768
 * files; README "The learnt name finder").
 */
export const NAME_THRESHOLD = 0.5;
/** A feature must occur in this many training files: one statement's wording is no evidence. */
const MIN_FEATURE_FILES = 2;

export interface NameTrainingFile {
  base: string;
  gold: GoldDocument;
  /** The rules' extraction of the file's statement, which the rows were read from. */
  extraction: Extraction;
  rows: NameRow[];
}

type TypeFiles = Map<EntityType, Set<string>>;

function add(map: Map<string, TypeFiles>, key: string, type: EntityType, base: string): void {
  const types = map.get(key) ?? new Map<EntityType, Set<string>>();
  map.set(key, types);
  types.set(type, (types.get(type) ?? new Set()).add(base));
}

/** The type most files give, 'mixed' when none has two thirds of them; `base` left out. */
function majority(types: TypeFiles | undefined, base?: string): [Majority, number] {
  let best: [Majority, number] = ['none', 0];
  let total = 0;
  for (const [type, files] of types ?? []) {
    const n = files.size - (base !== undefined && files.has(base) ? 1 : 0);
    total += n;
    if (n > best[1]) best = [type as Majority, n];
  }
  return best[1] * 3 >= total * 2 ? best : ['mixed', total];
}

/** What gold files say of texts and head words, with any one file's own part left out on demand. */
export class NameCounts {
  private readonly named = new Map<string, TypeFiles>();
  private readonly heads = new Map<string, TypeFiles>();
  private readonly present = new Map<string, Set<string>>();

  constructor(files: readonly NameTrainingFile[]) {
    for (const { base, gold, extraction, rows } of files) {
      for (const entity of gold.entities) {
        if (entity.type === 'Topic') continue;
        for (const form of new Set([entity.name, ...entity.aliases].map(nameKey)))
          add(this.named, form, entity.type, base);
        add(this.heads, headOf(nameKey(entity.name)), entity.type, base);
      }
      const shown = [
        ...rows.map((r) => r.text),
        ...extraction.entities.flatMap((e) => [e.name, ...e.aliases]),
      ];
      for (const text of shown) {
        const key = nameKey(text);
        this.present.set(key, (this.present.get(key) ?? new Set()).add(base));
      }
    }
  }

  /** The counts of every file but `base`. */
  without(base: string): NameStats {
    return {
      named: (key) => majority(this.named.get(key), base),
      seen: (key) => {
        const files = this.present.get(key);
        return (files?.size ?? 0) - (files?.has(base) ? 1 : 0);
      },
      head: (head) => majority(this.heads.get(head), base),
    };
  }

  /** The shipped tables: every declared text and every text two files show (statFeatures' rule). */
  tables(): Pick<NameFinderFile, 'names' | 'heads'> {
    const keys = new Set(this.named.keys());
    for (const [key, files] of this.present) if (files.size >= 2) keys.add(key);
    const names = [...keys].sort().map((key): NameFinderFile['names'][number] => {
      const [type, n] = majority(this.named.get(key));
      return [key, type, n, this.present.get(key)?.size ?? 0];
    });
    const heads = [...this.heads.keys()]
      .sort()
      .map((head): NameFinderFile['heads'][number] => [head, ...majority(this.heads.get(head))]);
    return { names, heads };
  }
}

/** Examples whose features occur in at least MIN_FEATURE_FILES of the files (`file` per example). */
function spread(examples: readonly (Example & { file: string })[]): Example[] {
  const files = new Map<string, Set<string>>();
  for (const { features, file } of examples)
    for (const f of features) files.set(f, (files.get(f) ?? new Set()).add(file));
  return examples.map(({ features, label, id }) => ({
    features: features.filter((f) => files.get(f)!.size >= MIN_FEATURE_FILES),
    label,
    ...(id === undefined ? {} : { id }),
  }));
}

/** Weights as the file holds them: three decimals, no zero, sorted by feature. */
function shipped(weights: ReadonlyMap<string, number>): [string, number][] {
  return [...weights]
    .map(([f, w]) => [f, Math.round(w * 1000) / 1000] as [string, number])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Every name and alias the files declare, by its own words (nameFeatures). */
function declaredNames(files: readonly NameTrainingFile[]) {
  return files.flatMap(({ base, gold }) =>
    gold.entities.flatMap((entity) =>
      entity.type === 'Topic'
        ? []
        : [...new Set([entity.name, ...entity.aliases])].map((form) => ({
            file: base,
            features: nameFeatures(form),
            type: entity.type,
          })),
    ),
  );
}

/**
 * One-vs-rest: a logistic regression per type over the names the training files declare (a few
 * thousand, where the names the rules miss are a few hundred), and each shape's commonest type.
 */
function typing(
  files: readonly NameTrainingFile[],
): Pick<NameFinderFile, 'types' | 'typeWeights' | 'shapes'> {
  const names = declaredNames(files);
  const types = [...new Set(names.map((n) => n.type))].sort();
  const models = types.map((type) =>
    train(spread(names.map((n) => ({ ...n, label: n.type === type ? 1 : 0 })))),
  );
  // One row a feature, a column a type: the features are the same words in every model.
  const columns = new Map<string, number[]>();
  models.forEach((model, k) => {
    for (const [feature, weight] of shipped(model)) {
      const row = columns.get(feature) ?? types.map(() => 0);
      columns.set(feature, row);
      row[k] = weight;
    }
  });
  const typeWeights = [...columns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const byShape = new Map<string, { files: Set<string>; types: Map<EntityType, number> }>();
  for (const { file, features, type } of names) {
    const key = shapeOf(features);
    const entry = byShape.get(key) ?? { files: new Set(), types: new Map() };
    byShape.set(key, entry);
    entry.files.add(file);
    entry.types.set(type, (entry.types.get(type) ?? 0) + 1);
  }
  const shapes: NameFinderFile['shapes'] = [];
  for (const [key, { files: seen, types: counts }] of [...byShape].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (!key || seen.size < MIN_FEATURE_FILES) continue;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [type, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    shapes.push([key, type, Math.round((n / total) * 1000) / 1000]);
  }
  return { types, typeWeights, shapes };
}

/** The model of `files`: each row's gold statistics counted over the OTHER files. */
export function trainNameFinder(
  files: readonly NameTrainingFile[],
  gold: string,
  threshold = NAME_THRESHOLD,
): NameFinderFile {
  const counts = new NameCounts(files);
  const examples = files.flatMap(({ base, rows }) => {
    const stats = counts.without(base);
    return rows.map((row, i) => ({
      features: [...row.features, ...statFeatures(nameKey(row.text), stats)],
      label: row.label,
      id: `${base}#${i}`,
      file: base,
    }));
  });
  const weights = shipped(train(spread(examples)));
  return { gold, threshold, weights, ...typing(files), ...counts.tables() };
}
