/** Several documents' extractions as one: entities by id (aliases united), relations deduplicated. */
import type { Entity, Extraction, Relation } from '../contract/extraction';

export function mergeExtractions(list: readonly Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const merged: Extraction = {
    documents: [],
    sentences: [],
    entities: [],
    mentions: [],
    commitments: [],
    relations: [],
  };
  for (const extraction of list) {
    merged.documents.push(...extraction.documents);
    merged.sentences.push(...extraction.sentences);
    merged.mentions.push(...extraction.mentions);
    merged.commitments.push(...extraction.commitments);
    if (extraction.skipped) merged.skipped = [...(merged.skipped ?? []), ...extraction.skipped];
    for (const entity of extraction.entities) {
      const existing = entities.get(entity.id);
      if (!existing) {
        entities.set(entity.id, { ...entity, aliases: [...entity.aliases] });
        continue;
      }
      existing.aliases = [...new Set([...existing.aliases, ...entity.aliases])];
      if (entity.attributes)
        existing.attributes = { ...entity.attributes, ...(existing.attributes ?? {}) };
    }
    for (const relation of extraction.relations) {
      relations.set(`${relation.type} ${relation.from} ${relation.to}`, relation);
    }
  }
  merged.entities = [...entities.values()];
  merged.relations = [...relations.values()];
  return merged;
}
