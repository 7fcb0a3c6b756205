/**
 * Evidence for commitments already in the loaded graph (clicked commitment nodes and stance
 * edges), built without a request. Mention offsets are not in the graph payload, so the named
 * entities' words are found in the sentence by their names.
 */
import type { DocumentRef, Evidence, SerializedGraph, Span } from '../../contract/api';

/** Every occurrence of each name in the text (case-sensitive: names are proper nouns). */
export function nameSpans(text: string, names: string[]): Span[] {
  const spans: Span[] = [];
  for (const name of names) {
    if (!name) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      spans.push({ start: at, end: at + name.length });
    }
  }
  return spans;
}

export function localEvidence(
  data: SerializedGraph,
  commitmentIds: string[],
  names: string[],
  documents: Map<string, DocumentRef>,
): Evidence[] {
  const nodes = new Map(data.nodes.map((n) => [n.key, n.attributes]));
  return commitmentIds.flatMap((id) => {
    const c = nodes.get(id);
    if (c?.type !== 'Commitment') return [];
    const text = c.text ?? '';
    const docId = c.docId ?? '';
    return [
      {
        commitmentId: id,
        stance: c.stance ?? null,
        trigger: c.trigger ?? null,
        sentence: { id, text, highlights: nameSpans(text, names) },
        document: documents.get(docId) ?? { id: docId, title: docId, date: null },
      },
    ];
  });
}
