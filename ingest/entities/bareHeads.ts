import { HEAD_TYPES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';

/**
 * "during the first State Visit of the Biden-Harris Administration … this State Visit", "the
 * U.S.-EU Task Force on Energy Security … The Task Force has made progress": a name that is its
 * head alone is the one name of the document, of the head's type, holding that head as its own
 * words (the gold gives the bare head as an alias of it). Two such names leave it alone.
 */
export function mergeBareHeads(hitsBySentence: Map<number, EntityHit[]>): void {
  const hits = [...hitsBySentence.values()].flat();
  const joined = new Map<string, EntityHit>();
  for (const bare of hits) {
    const type = HEAD_TYPES.get(bare.text);
    // Already joined to a name it opens ("the Agreement" of "Agreement on Reciprocal Trade").
    if (!type || bare.type !== type || bare.entityId !== entityIdFor(type, bare.text)) continue;
    // The name's own head, last or before its remit: "Air Force" is no head of "U.S. Air Force
    // Academy".
    const holds = new RegExp(
      `(?:^| )${escapeRegex(bare.text)}(?:$| (?:on|for|of|to|between|against) )`,
      'u',
    );
    const full = new Set(
      hits
        .filter((hit) => hit.type === type && hit.text !== bare.text && holds.test(hit.text))
        .map((hit) => hit.entityId),
    );
    if (full.size !== 1) continue;
    const [id] = full;
    joined.set(bare.entityId, hits.find((hit) => hit.entityId === id)!);
  }
  // Every hit of the bare name, its acronym too ("Executive Order (EO)").
  for (const hit of hits) {
    const model = joined.get(hit.entityId);
    if (!model) continue;
    hit.entityId = model.entityId;
    hit.name = model.name ?? model.text;
  }
}
