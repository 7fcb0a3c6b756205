/**
 * The toolbar's type filter, applied to what the API sent: only entities of the ticked types
 * stay, with the commitments that still link one of them. The API filters the entities a
 * commitment is about, not its actors, so without this an Official or an Organization would
 * come back as the actor of a kept commitment. Pure.
 */

import type { SerializedGraph } from '../../contract/api';
import type { EntityType } from '../../contract/vocabulary';

export function keepTypes<G extends SerializedGraph>(data: G, types: readonly EntityType[]): G {
  if (types.length === 0) return data;
  const allowed = new Set<string>(types);
  const kept = new Set(
    data.nodes
      .filter((n) => n.attributes.type === 'Commitment' || allowed.has(n.attributes.type))
      .map((n) => n.key),
  );
  const edges = data.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = data.nodes.filter(
    (n) => kept.has(n.key) && (n.attributes.type !== 'Commitment' || linked.has(n.key)),
  );
  return { ...data, nodes, edges };
}
