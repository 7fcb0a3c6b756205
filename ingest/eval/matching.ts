/**
 * One-to-one matching between gold items (left) and predicted items (right). Each gold item is
 * matched at most once and each prediction at most once, so a duplicate prediction is a false
 * positive instead of a second true positive.
 *
 * Strategy: take candidate pairs best score first (greedy), then grow the matching along
 * augmenting paths (Kuhn) so that a greedy choice never costs a match that a different
 * assignment would have made. The result has maximum cardinality and keeps the high-scoring
 * pairs wherever that does not lose a match.
 */

export interface Candidate {
  /** Index of the gold item. */
  readonly left: number;
  /** Index of the predicted item. */
  readonly right: number;
  /** Higher is a closer match; only the order matters. */
  readonly score: number;
}

/** `pairs[i]` is `[goldIndex, predictedIndex]`; both sides appear at most once. */
export interface Matching {
  readonly pairs: readonly (readonly [number, number])[];
  readonly leftToRight: ReadonlyMap<number, number>;
  readonly rightToLeft: ReadonlyMap<number, number>;
}

export function matchOneToOne(candidates: readonly Candidate[]): Matching {
  // Stable sort: among equal scores, earlier candidates (document order) win.
  const ordered = [...candidates].sort((a, b) => b.score - a.score);
  const leftToRight = new Map<number, number>();
  const rightToLeft = new Map<number, number>();
  for (const { left, right } of ordered) {
    if (leftToRight.has(left) || rightToLeft.has(right)) continue;
    leftToRight.set(left, right);
    rightToLeft.set(right, left);
  }

  const adjacency = new Map<number, number[]>();
  for (const { left, right } of ordered) {
    const list = adjacency.get(left);
    if (list) list.push(right);
    else adjacency.set(left, [right]);
  }

  const augment = (left: number, visited: Set<number>): boolean => {
    for (const right of adjacency.get(left) ?? []) {
      if (visited.has(right)) continue;
      visited.add(right);
      const owner = rightToLeft.get(right);
      if (owner === undefined || augment(owner, visited)) {
        leftToRight.set(left, right);
        rightToLeft.set(right, left);
        return true;
      }
    }
    return false;
  };
  for (const left of adjacency.keys()) {
    if (!leftToRight.has(left)) augment(left, new Set());
  }

  const pairs = [...leftToRight.entries()].sort((a, b) => a[0] - b[0]);
  return { pairs, leftToRight, rightToLeft };
}
