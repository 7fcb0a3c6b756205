import type { EntityHit } from '../types';

/** A name opening with a hyphenated pair of parties: "EU-U.S. Trade and Technology Council". */
const PAIR_OPENING = /^(\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)-(\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)( .+)$/u;

/** The name with its opening pair in one fixed order ("EU-U.S. X" and "U.S.-EU X" alike). */
export function pairSorted(name: string): string {
  const pair = PAIR_OPENING.exec(name);
  if (!pair) return name;
  const [first, second] = [pair[1]!, pair[2]!].sort();
  return `${first}-${second}${pair[3]}`;
}

function pairKey(hit: EntityHit): string | undefined {
  return PAIR_OPENING.test(hit.text) ? `${hit.type}:${pairSorted(hit.text)}` : undefined;
}

/**
 * "the EU-U.S. Trade and Technology Council" and "the U.S.-EU Trade and Technology Council" in one
 * statement are one body: the order of the two parties before a name is the writer's, not part of
 * what is named (gold README session 13: the two orders are aliases of one name). The later order
 * joins the first one the document wrote.
 */
export function mergeReversedPairs(hitsBySentence: Map<number, EntityHit[]>): void {
  const first = new Map<string, EntityHit>();
  for (const hit of [...hitsBySentence.values()].flat()) {
    if (hit.type === 'Topic' || hit.type === 'Official' || hit.type === 'Country') continue;
    const key = pairKey(hit);
    if (!key) continue;
    const model = first.get(key);
    if (!model) first.set(key, hit);
    else if (model.entityId !== hit.entityId) {
      hit.entityId = model.entityId;
      hit.name = model.name ?? model.text;
    }
  }
}
