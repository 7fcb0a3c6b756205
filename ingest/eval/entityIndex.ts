/**
 * Gold entity ↔ predicted entity matching, built once per document and shared by every metric
 * (entity P/R/F1, commitment actors, about- and target-recall), so that "the extractor found the
 * DPRK" means the same thing everywhere.
 *
 * Named entities (every type but Topic) match when the types are equal and a surface form agrees
 * after `normName` (case, quotes, whitespace folded): the predicted name equals the gold name
 * (best), or one side's name is one of the other side's aliases, or an alias is shared (weakest).
 * Topics (both sides Topic) also match by `topicSimilarity` of their names (equal, whole-word
 * containment, token Jaccard ≥ 0.5), or when a predicted name/alias equals a gold name/alias.
 */
import type { Entity } from '../../contract/extraction';
import type { GoldEntity } from './goldSchema';
import { type Candidate, type Matching, matchOneToOne } from './matching';
import { normName, topicSimilarity } from './normalize';

interface Keys {
  readonly name: string;
  readonly aliases: ReadonlySet<string>;
  /** Name and aliases together. */
  readonly all: ReadonlySet<string>;
}

function keysOf(entity: { name: string; aliases: readonly string[] }): Keys {
  const name = normName(entity.name);
  const aliases = new Set(entity.aliases.map(normName));
  return { name, aliases, all: new Set([name, ...aliases]) };
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** How closely a predicted entity matches a gold one; 0 is no match, higher is closer. */
function entityMatchScore(
  gold: GoldEntity,
  predicted: Pick<Entity, 'name'>,
  g: Keys,
  p: Keys,
): number {
  // Scale: 3 exact name, 2 name↔alias, 1 alias↔alias; topics add fuzzy scores in (0, 1].
  let score = 0;
  if (p.name === g.name) score = 3;
  else if (g.aliases.has(p.name) || p.aliases.has(g.name)) score = 2;
  else if (intersects(p.aliases, g.aliases)) score = 1;
  if (gold.type === 'Topic' && score < 3) {
    score = Math.max(score, topicSimilarity(predicted.name, gold.name));
  }
  return score;
}

/**
 * How closely one predicted entity matches one gold entity, by the scorer's own rule (0: no
 * match): what the learnt topic selector's training labels read, so that a candidate is positive
 * exactly when the scorer would credit the topic it becomes (its gold name, an alias, a thesaurus
 * label), never by a second copy of the rule.
 */
export function matchScore(
  gold: GoldEntity,
  predicted: Pick<Entity, 'type' | 'name' | 'aliases'>,
): number {
  if (gold.type !== predicted.type) return 0;
  return entityMatchScore(gold, predicted, keysOf(gold), keysOf(predicted));
}

/** The result of matching one extraction's entities against the gold entities. */
export interface EntityMatching {
  readonly matching: Matching;
  /** Predicted entity ids that stand for the gold entity with this name (possibly empty). */
  accepted(goldName: string): ReadonlySet<string>;
  /** Gold names a predicted id stands for (the inverse of `accepted`). */
  goldNamesOf(predictedId: string): ReadonlySet<string>;
}

export class GoldEntityIndex {
  readonly entities: readonly GoldEntity[];
  private readonly indexByName: ReadonlyMap<string, number>;

  constructor(entities: readonly GoldEntity[]) {
    this.entities = entities;
    this.indexByName = new Map(entities.map((entity, index) => [entity.name, index]));
  }

  /** Gold files refer to entities by their exact declared name (checked by the schema). */
  byName(name: string): GoldEntity | undefined {
    const index = this.indexByName.get(name);
    return index === undefined ? undefined : this.entities[index];
  }

  /**
   * One-to-one matching of predicted entities to gold entities (a duplicate prediction is a
   * false positive). For the commitment metrics, a gold entity also accepts any predicted entity
   * that matches it by the rule but was left unmatched (a duplicate): the commitment did point
   * at the right thing, the duplication is already charged to entity precision. A prediction
   * matched to another gold entity is not accepted twice.
   */
  match(predicted: readonly Entity[]): EntityMatching {
    const candidates: Candidate[] = [];
    // Each side's keys once: folding them per pair was most of the scorer's time.
    const goldKeys = this.entities.map(keysOf);
    const predictedKeys = predicted.map(keysOf);
    this.entities.forEach((gold, left) => {
      predicted.forEach((entity, right) => {
        if (gold.type !== entity.type) return;
        const score = entityMatchScore(gold, entity, goldKeys[left]!, predictedKeys[right]!);
        if (score > 0) candidates.push({ left, right, score });
      });
    });
    const matching = matchOneToOne(candidates);

    const accepted = new Map<string, Set<string>>();
    const goldNames = new Map<string, Set<string>>();
    const link = (left: number, right: number) => {
      const gold = this.entities[left];
      const entity = predicted[right];
      if (!gold || !entity) return;
      getOrCreate(accepted, gold.name).add(entity.id);
      getOrCreate(goldNames, entity.id).add(gold.name);
    };
    for (const [left, right] of matching.pairs) link(left, right);
    for (const { left, right } of candidates) {
      if (!matching.rightToLeft.has(right)) link(left, right);
    }

    const empty: ReadonlySet<string> = new Set();
    return {
      matching,
      accepted: (goldName) => accepted.get(goldName) ?? empty,
      goldNamesOf: (predictedId) => goldNames.get(predictedId) ?? empty,
    };
  }
}

function getOrCreate<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
