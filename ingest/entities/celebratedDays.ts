/**
 * "Celebrating the Republic of India’s Independence Day", "On this Independence Day": a national
 * day a statement celebrates is a Topic, not an observance Event (gold conventions 3.6, s25 A,
 * s29 D: `Independence Day`, `Ukraine Independence Day` are Topics; no gold file declares one an
 * Event). The "… Day" head names it an Event like "World AIDS Day"; the days of names.json
 * celebratedDays are retyped here, named as the text writes them.
 */
import { NAME_RULES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';

const CELEBRATED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.celebratedDays.map(escapeRegex).join('|')})$`,
  'u',
);

/** Retypes every celebrated national day among `hitsBySentence` to a Topic. */
export function celebratedDays(hitsBySentence: ReadonlyMap<number, EntityHit[]>): void {
  for (const hits of hitsBySentence.values()) {
    for (const hit of hits) {
      if (hit.type !== 'Event' || !CELEBRATED.test(hit.name ?? hit.text)) continue;
      hit.type = 'Topic';
      hit.name = hit.text;
      hit.entityId = entityIdFor('Topic', hit.text);
    }
  }
}
