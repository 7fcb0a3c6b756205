/**
 * "the 2018 Panmunjom Declaration", "the 1951 U.S.-Philippines Mutual Defense Treaty": a year (or
 * month and year) just before an instrument's name is how such texts name that instrument, so the
 * mention takes it in. Shared by open-vocabulary names and lexicon matches.
 */
import { MONTH_ALTERNATION } from '../rules/months';
import type { EntityHit } from '../types';

/** "the 2022-2025 ASEAN-U.S. Plan of Action": a span of years dates it too. */
const DATE_BEFORE = new RegExp(
  `(?:(?:${MONTH_ALTERNATION}) )?(?:(?:19|20)\\d\\d[-–])?(?:19|20)\\d\\d $`,
);

/** Where a mention starting at `start` in `text` starts once a date just before it is taken in. */
export function datedStart(text: string, start: number): number {
  const dated = DATE_BEFORE.exec(text.slice(0, start));
  return dated ? start - dated[0].length : start;
}

const DATE_OPENING = new RegExp(
  `^(?:(?:${MONTH_ALTERNATION}) )?(?:(?:19|20)\\d\\d[-–])?(?:19|20)\\d\\d (?=[A-Z])`,
);

/**
 * "the November 2023 Woodside Summit" and a later "the Woodside Summit" are one meeting: a dated
 * name joins the same name without its date when the document names both (the date is how the
 * text picks out that occurrence, not another thing).
 */
export function mergeDatedNames(hitsBySentence: Map<number, EntityHit[]>): void {
  const hits = [...hitsBySentence.values()].flat();
  const undated = new Map<string, EntityHit>();
  for (const hit of hits) {
    if ((hit.type === 'Event' || hit.type === 'Instrument') && !DATE_OPENING.test(hit.text))
      undated.set(`${hit.type}:${hit.text}`, hit);
  }
  for (const hit of hits) {
    const date = DATE_OPENING.exec(hit.text);
    if (!date) continue;
    const bare = undated.get(`${hit.type}:${hit.text.slice(date[0].length)}`);
    if (!bare || bare.entityId === hit.entityId) continue;
    hit.entityId = bare.entityId;
    hit.name = bare.name ?? bare.text;
  }
}
