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
  'u',
);

/** Where a mention starting at `start` in `text` starts once a date just before it is taken in. */
export function datedStart(text: string, start: number): number {
  const dated = DATE_BEFORE.exec(text.slice(0, start));
  return dated ? start - dated[0].length : start;
}

/**
 * A U.S. law's year of enactment is part of its name ("Trade Expansion Act of 1962", "Voting
 * Rights Act of 1965"; gold 2025-11-13; archive sample: 13 mentions in 11 statements, all right).
 */
const LAW_YEAR = '(?:1[789]|20)\\d\\d';
const ACT_YEAR_TAIL = new RegExp(`^ of ${LAW_YEAR}(?![\\d-])`, 'u');
const ACT_YEAR = new RegExp(` Act of ${LAW_YEAR}$`, 'u');

/** Where an instrument's mention `text.slice(start, end)` ends once a law's year is taken in. */
export function actYearEnd(text: string, start: number, end: number): number {
  if (!/ Act$/.test(text.slice(start, end))) return end;
  return end + (ACT_YEAR_TAIL.exec(text.slice(end))?.[0].length ?? 0);
}

const DATE_OPENING = new RegExp(
  `^(?:(?:${MONTH_ALTERNATION}) )?(?:(?:19|20)\\d\\d[-–])?(?:19|20)\\d\\d (?=\\p{Lu})`,
  'u',
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
  // "the Trade Expansion Act of 1962" … "the Trade Expansion Act": the year is the law's name, so
  // the bare mention joins the one with its year.
  const withYear = new Map<string, EntityHit>();
  for (const hit of hits)
    if (hit.type === 'Instrument' && ACT_YEAR.test(hit.text))
      withYear.set(hit.text.slice(0, hit.text.lastIndexOf(' of ')), hit);
  for (const hit of hits) {
    const named = hit.type === 'Instrument' ? withYear.get(hit.text) : undefined;
    if (!named || named.entityId === hit.entityId) continue;
    hit.entityId = named.entityId;
    hit.name = named.name ?? named.text;
  }
}
