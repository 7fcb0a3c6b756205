/**
 * Lowercase head nouns completing a capitalised name (data/rules/names.json): "the Young
 * Trilateral Leaders program" (Program), "a multi-year Host Nation Support agreement"
 * (Instrument), "their National Security Advisors trilateral meeting" (Event, the meeting named
 * by its participants), and "the IMF Extended Fund Facility programme" (a programme's own head
 * after a name that already has one).
 */
import type { EntityType } from '../../contract/extraction';
import { NAME_RULES } from '../rules/names';

/**
 * "the Reciprocal Defense Procurement (RDP) agreement", "the Kennedy-Lugar Youth Exchange and Study
 * (YES) program": a defined acronym may stand between the name and its lowercase head of
 * names.json acronymKinds (gold 2025-02-13); the canonical name drops it.
 */
/** A defined acronym in brackets after a name: "(RDP)", "(B3W)". */
export const DEFINED_ACRONYM = String.raw` \(\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9-]{1,9}\)`;
const AFTER_ACRONYM = new RegExp(
  `^${DEFINED_ACRONYM} (?:${NAME_RULES.acronymKinds.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
const PROGRAM = new RegExp(
  `^ (?:${NAME_RULES.lowercaseHeads.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
const INSTRUMENT = new RegExp(
  `^ (?:${NAME_RULES.lowercaseInstrumentHeads.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
const INSTRUMENT_HEADS: ReadonlySet<string> = new Set(NAME_RULES.lowercaseInstrumentHeads);
// "the Camp Speicher massacre": an incident named by its place is an event too (incidentHeads).
const EVENT_HEADS = [...NAME_RULES.lowercaseEventHeads, ...NAME_RULES.incidentHeads];
const EVENT = new RegExp(
  `^ (?:\\p{Ll}+ )?(?:${EVENT_HEADS.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![ -](?:meetings?|talks|level|format|process)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
  'u',
);
const PROGRAMME_TAIL = /^ program(?:me)?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** Tried in this order: a programme's head wins over an instrument's, an instrument's over an event's. */
const ORDERED: readonly (readonly [RegExp, EntityType])[] = [
  [PROGRAM, 'Program'],
  [INSTRUMENT, 'Instrument'],
  [EVENT, 'Event'],
];

/** The lowercase head right `after` a headless capitalised name, with the type it gives. */
export function lowercaseHead(after: string): { length: number; type: EntityType } | undefined {
  const acronymed = AFTER_ACRONYM.exec(after);
  if (acronymed) {
    const kind = acronymed[0].slice(acronymed[0].lastIndexOf(' ') + 1);
    return {
      length: acronymed[0].length,
      type: INSTRUMENT_HEADS.has(kind) ? 'Instrument' : 'Program',
    };
  }
  for (const [pattern, type] of ORDERED) {
    const found = pattern.exec(after);
    if (found) return { length: found[0].length, type };
  }
  return undefined;
}

/** How many characters a Program name's own lowercase "programme" right `after` it adds. */
export function programmeTail(type: EntityType, after: string): number {
  return type === 'Program' ? (PROGRAMME_TAIL.exec(after)?.[0].length ?? 0) : 0;
}
