/**
 * "Connect result nodes" (as Neo4j Browser does): asks the server for the relationships among a
 * result's drawable nodes that the query did not return, and adds them to the result's graph.
 * At most the server's cap of nodes (the first ones) and relationships, said in the note.
 */
import type { SerializedGraph } from '../../contract/api';
import { getJson } from '../api';
import { connectShape } from '../apiShapes';

export async function connectResultNodes(graph: SerializedGraph): Promise<string> {
  const byElement = new Map<string, string>();
  for (const n of graph.nodes)
    if (n.attributes.elementId) byElement.set(n.attributes.elementId, n.key);
  const ids = [...byElement.keys()];
  const answer = await getJson('/api/cypher/connect', connectShape, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids: ids.slice(0, 300) }),
  });
  const known = new Set(graph.edges.map((e) => e.key));
  let added = 0;
  for (const e of answer.edges) {
    const source = byElement.get(e.source);
    const target = byElement.get(e.target);
    if (!source || !target) continue;
    // The same key as the server gives a returned relationship, so none is drawn twice.
    const key = `${source}->${e.type}->${target}`;
    if (known.has(key)) continue;
    known.add(key);
    added += 1;
    graph.edges.push({
      key,
      source,
      target,
      attributes:
        e.implicit === undefined ? { type: e.type } : { type: e.type, implicit: e.implicit },
    });
  }
  const nodesNote =
    ids.length > answer.maxNodes
      ? ` among the first ${answer.maxNodes} of ${ids.length} nodes`
      : '';
  const capNote = answer.truncated ? ` (cut at ${answer.maxEdges}; there are more)` : '';
  return `Connected: ${added} relationship${added === 1 ? '' : 's'} the query did not return${nodesNote}${capNote}.`;
}
