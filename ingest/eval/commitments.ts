/**
 * Commitment matching. A predicted commitment matches a gold one when it quotes the same
 * sentence (quotes/whitespace folded), has the same stance, and shares at least one actor, an
 * official counting as the country it REPRESENTS. Pairs are one-to-one, best overlap first.
 * Each pair also says whether the actor SETS agree (every gold actor stated and no other), since
 * one shared actor is enough to match, and the graph's actor edges are what analysts read.
 */
import type { Commitment, Extraction } from '../../contract/extraction';
import type { EntityMatching } from './entityIndex';
import type { GoldCommitment, GoldDocument } from './goldSchema';
import { type Candidate, matchOneToOne } from './matching';
import { normName, normSentence } from './normalize';

interface CommitmentPair {
  readonly gold: GoldCommitment;
  readonly predicted: Commitment;
  /** Every gold actor has an equivalent predicted actor and every predicted actor a gold one. */
  readonly sameActors: boolean;
}

export interface CommitmentMatching {
  readonly pairs: readonly CommitmentPair[];
  readonly missed: readonly GoldCommitment[];
  readonly spurious: readonly Commitment[];
}

/** Undirected REPRESENTS neighbours: official → its country, country → its officials. */
function representsNeighbours(
  relations: readonly { type: string; from: string; to: string }[],
): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const relation of relations) {
    if (relation.type !== 'REPRESENTS') continue;
    add(relation.from, relation.to);
    add(relation.to, relation.from);
  }
  return neighbours;
}

/**
 * Decides whether a predicted actor id is the gold actor. One REPRESENTS hop is allowed on one
 * side only: official ≡ its country, but two officials of one country are not the same actor.
 */
class ActorEquivalence {
  private readonly goldNeighbours: Map<string, Set<string>>;
  private readonly predictedNeighbours: Map<string, Set<string>>;

  constructor(
    gold: GoldDocument,
    extraction: Extraction,
    private readonly entities: EntityMatching,
  ) {
    this.goldNeighbours = representsNeighbours(gold.relations);
    this.predictedNeighbours = representsNeighbours(extraction.relations);
  }

  same(goldActor: string, predictedId: string): boolean {
    const direct = this.entities.goldNamesOf(predictedId);
    if (direct.has(goldActor)) return true;
    for (const neighbour of this.goldNeighbours.get(goldActor) ?? []) {
      if (direct.has(neighbour)) return true;
    }
    for (const neighbour of this.predictedNeighbours.get(predictedId) ?? []) {
      if (this.entities.goldNamesOf(neighbour).has(goldActor)) return true;
    }
    return false;
  }

  /** How many gold actors have an equivalent among the predicted actors. */
  overlap(goldActors: readonly string[], predictedActors: readonly string[]): number {
    return goldActors.filter((actor) => predictedActors.some((id) => this.same(actor, id))).length;
  }

  /** The two actor sets name the same parties (up to official ≡ represented country). */
  sameSet(goldActors: readonly string[], predictedActors: readonly string[]): boolean {
    return (
      this.overlap(goldActors, predictedActors) === goldActors.length &&
      predictedActors.every((id) => goldActors.some((actor) => this.same(actor, id)))
    );
  }
}

/** Tie-breaker between candidates in one sentence with one stance: the closer trigger wins. */
function triggerSimilarity(gold: string, predicted: string): number {
  const g = normName(gold);
  const p = normName(predicted);
  if (g === p) return 1;
  return g.includes(p) || p.includes(g) ? 0.5 : 0;
}

export function matchCommitments(
  gold: GoldDocument,
  extraction: Extraction,
  entities: EntityMatching,
): CommitmentMatching {
  const actors = new ActorEquivalence(gold, extraction, entities);
  const predicted = extraction.commitments;
  const bySentence = new Map<string, number[]>();
  predicted.forEach((commitment, index) => {
    const key = normSentence(commitment.text);
    const list = bySentence.get(key) ?? [];
    list.push(index);
    bySentence.set(key, list);
  });

  const candidates: Candidate[] = [];
  gold.commitments.forEach((g, left) => {
    for (const right of bySentence.get(normSentence(g.sentence)) ?? []) {
      const p = predicted[right];
      if (!p || p.stance !== g.stance) continue;
      const shared = actors.overlap(g.actors, p.actors);
      if (shared === 0) continue;
      // Actor overlap weighs most; the trigger separates same-stance clauses of one sentence.
      const actorScore = shared / Math.max(g.actors.length, p.actors.length);
      const score = actorScore + triggerSimilarity(g.trigger, p.trigger) / 2;
      candidates.push({ left, right, score });
    }
  });

  const matching = matchOneToOne(candidates);
  const pairs: CommitmentPair[] = [];
  for (const [left, right] of matching.pairs) {
    const g = gold.commitments[left];
    const p = predicted[right];
    if (g && p)
      pairs.push({ gold: g, predicted: p, sameActors: actors.sameSet(g.actors, p.actors) });
  }
  return {
    pairs,
    missed: gold.commitments.filter((_, index) => !matching.leftToRight.has(index)),
    spurious: predicted.filter((_, index) => !matching.rightToLeft.has(index)),
  };
}
