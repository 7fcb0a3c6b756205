/**
 * "in Honolulu, Hawaii", "in Phnom Penh, Cambodia": a state or country after a comma that only
 * locates the city before it is no place the statement names for itself (gold conventions,
 * session 7). It stays an entity only when the text names it elsewhere ("Tokyo, Japan" in a
 * readout that also speaks of Japan).
 */
import type { Lexicon } from '../lexicon';
import type { EntityHit } from '../types';
import type { Candidate } from './matchLexicon';

/** True when `hit` follows "<city>, " (a lexicon city or a meeting's venue). */
export function locatesCity(lexicon: Lexicon, text: string, hit: Candidate, before: Candidate[]) {
  if (hit.type !== 'Country' && hit.type !== 'Region') return false;
  if (text.slice(hit.start - 2, hit.start) !== ', ') return false;
  const city = before.find((other) => other.end === hit.start - 2);
  if (city?.type !== 'Region') return false;
  return city.source === 'venue' || lexicon.entities.get(city.entityId)?.city === true;
}

/** Drops the locator hits (keys `sentence:start`) of entities the text never names otherwise. */
export function dropLocators(hitsBySentence: Map<number, EntityHit[]>, locators: Set<string>) {
  if (locators.size === 0) return;
  const namedElsewhere = new Set<string>();
  for (const [index, hits] of hitsBySentence) {
    for (const hit of hits) {
      if (!locators.has(`${index}:${hit.start}`)) namedElsewhere.add(hit.entityId);
    }
  }
  for (const [index, hits] of hitsBySentence) {
    hitsBySentence.set(
      index,
      hits.filter(
        (hit) => !locators.has(`${index}:${hit.start}`) || namedElsewhere.has(hit.entityId),
      ),
    );
  }
}
