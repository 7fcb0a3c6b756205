import { HEAD_TYPES } from '../rules/names';
import type { EntityHit } from '../types';

/**
 * "during the first State Visit of the Biden-Harris Administration … this State Visit": a meeting
 * named by its head alone is the one meeting of the document whose name opens with that head
 * (the gold gives the bare head as an alias of it).
 */
export function mergeBareHeads(hitsBySentence: Map<number, EntityHit[]>): void {
  const events = [...hitsBySentence.values()].flat().filter((hit) => hit.type === 'Event');
  for (const bare of events) {
    if (!HEAD_TYPES.has(bare.text) || HEAD_TYPES.get(bare.text) !== 'Event') continue;
    const full = new Set(
      events
        .filter((hit) => hit.text.startsWith(`${bare.text} `) && hit.entityId !== bare.entityId)
        .map((hit) => hit.entityId),
    );
    if (full.size !== 1) continue;
    const [id] = full;
    const model = events.find((hit) => hit.entityId === id)!;
    bare.entityId = id!;
    bare.name = model.name ?? model.text;
  }
}
