/**
 * The text's own phrase for a meeting, visit or summit, as the Event's name and aliases (gold
 * conventions 3.6: how the text rates an event stays out of its name; the text's wording is an
 * alias). A finder that names an Event by its surface stops where its pattern stops, so the name
 * kept what rates the event and lost who or where it concerned:
 *   "the recent trilateral summit in Baghdad" → `trilateral summit in Baghdad`;
 *   "the historic visit of Pope Francis to Iraq" → `visit of Pope Francis to Iraq`;
 *   "the trilateral meeting with Prime Minister Kishida" → `trilateral meeting with Prime Minister
 *   Kishida` (the name had stopped at "meeting").
 * A finder's own name is kept; its wording after an owner's possessive ("Secretary Robinson’s
 * visit to Ecuador" → "visit to Ecuador") or a month before a named summit ("May 2021 G20 Global
 * Health Summit") is an alias, as the gold lists those forms. Heads, ratings and links are data
 * (data/rules/event-phrases.json).
 */

import { EVENT_PHRASE_RULES as R } from '../rules/eventPhrases';
import { MONTH_ALTERNATION } from '../rules/months';
import { alternation } from '../rules/titles';
import type { EntityHit } from '../types';

const W = '\\wÀ-ÖØ-öø-ɏḀ-ỿ';
const HEAD = `(?:${alternation(R.heads)})`;
const RATINGS = new RegExp(`^(?:(?:${alternation(R.ratingWords)}),? (?:and )?)+`, 'i');
const ENDS_IN_HEAD = new RegExp(`(?<![${W}])${HEAD}$`, 'i');
const PLACE_TO = /^ to (?:the )?/;
const LOWER = /^[a-zß-öø-ɏḀ-ỿ]/;
const HAS_HEAD = new RegExp(`(?<![${W}])${HEAD}(?![${W}])`, 'i');
/** "visit of Pope Francis": a person's event, which a place after it completes. */
const PERSON_EVENT = new RegExp(`^${HEAD} of `, 'i');
const LINK = new RegExp(`^ (${alternation(R.links)}) (?:the )?`);
const PLACE_LINK = new RegExp(`^ (?:${alternation(R.placeLinks)}) (?:the )?`);
const AND_PLACE = /^,? and (?:the )?/;
const POSSESSIVE = /^.+?(?:[’']s|(?<=s)[’']) (.+)$/;
const WITH_COMPLEMENT = new RegExp(`(?<![${W}])${HEAD} (?:${alternation(R.links)}) `, 'i');
const MONTH_BEFORE = new RegExp(
  `^(?:${MONTH_ALTERNATION})(?: (?:19|20)\\d\\d)? (?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
);
/** Who or where a complement names; an Event or a Topic completes no other event's name. */
const NAMED: ReadonlySet<string> = new Set(['Country', 'Region', 'Organization', 'Official']);
const PLACES: ReadonlySet<string> = new Set(['Country', 'Region']);

/** A person's title before the name, which the official's hit leaves out ("Prime Minister "). */
const TITLE_RUN = /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]* ){1,5}$/;

/** The named hit of `types` that starts at `at` (an official past a title), the longest. */
function hitAt(text: string, hits: readonly EntityHit[], at: number, types: ReadonlySet<string>) {
  let found: EntityHit | undefined;
  for (const hit of hits) {
    const titled =
      hit.type === 'Official' && hit.start > at && TITLE_RUN.test(text.slice(at, hit.start));
    if ((hit.start === at || titled) && types.has(hit.type) && (!found || hit.end > found.end))
      found = hit;
  }
  return found;
}

/** Where places coordinated after a place ending at `end` end ("to Poland and Germany"). */
function placesEnd(text: string, end: number, hits: readonly EntityHit[]) {
  let last = end;
  for (;;) {
    const and = AND_PLACE.exec(text.slice(last));
    const next = and && hitAt(text, hits, last + and[0].length, PLACES);
    if (!next) return last;
    last = next.end;
  }
}

/** Where a complement after `end` ("to Poland and Germany") ends, or `end` without one. */
function complementEnd(text: string, end: number, hits: readonly EntityHit[], link: RegExp) {
  const joined = link.exec(text.slice(end));
  if (!joined) return end;
  const first = hitAt(text, hits, end + joined[0].length, NAMED);
  if (!first) return end;
  // Places coordinated after the first ("trip to Poland and Germany") are where it went too.
  return PLACES.has(first.type) ? placesEnd(text, first.end, hits) : first.end;
}

/** The name the phrase of a surface-named Event `hit` gives, or undefined when it is the same. */
function phraseName(text: string, hit: EntityHit, hits: readonly EntityHit[]) {
  const core = hit.text.replace(RATINGS, '');
  if (!core || !HAS_HEAD.test(core)) return undefined;
  let end = hit.end;
  // A capitalised head is a proper name ("Leaders’ Meeting"): only where a visit went completes it.
  const head = ENDS_IN_HEAD.exec(core)?.[0];
  if (head) end = complementEnd(text, end, hits, LOWER.test(head) ? LINK : PLACE_TO);
  else if (PERSON_EVENT.test(core) && hits.some((h) => h.type === 'Official' && h.end === end))
    end = complementEnd(text, end, hits, PLACE_LINK);
  const name = `${core}${text.slice(hit.end, end)}`;
  return name === hit.text ? undefined : name;
}

/**
 * Names each Event the finders named by its bare surface by the phrase above; every mention of
 * that entity takes the name its first mention gives, so one event stays one node.
 */
export function completeEventPhrases(
  text: string,
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
): void {
  const renamed = new Map<string, string | undefined>();
  for (const hits of hitsBySentence.values()) {
    for (const hit of hits) {
      if (hit.type !== 'Event' || (hit.name !== undefined && hit.name !== hit.text)) continue;
      if (!renamed.has(hit.entityId)) renamed.set(hit.entityId, phraseName(text, hit, hits));
      const name = renamed.get(hit.entityId);
      if (name) hit.name = name;
    }
  }
}

/**
 * The text's shorter forms of each Event, by entity id: its wording after an owner's possessive
 * and after a month before a named summit (aliases the gold lists; the name stays the finder's).
 */
export function eventPhraseAliases(
  text: string,
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
): Map<string, Set<string>> {
  const aliases = new Map<string, Set<string>>();
  for (const hits of hitsBySentence.values())
    for (const event of hits) {
      if (event.type !== 'Event') continue;
      // A visit the finder's name stopped at its first place ("… trip to Poland and Germany").
      const atPlace = hits.some((h) => PLACES.has(h.type) && h.end === event.end);
      const surface = atPlace
        ? text.slice(event.start, placesEnd(text, event.end, hits))
        : event.text;
      // After a possessive, only a phrase with its complement ("visit to Ecuador"): a plural
      // possessive's bare head ("Leaders’ Summit" → "Summit") names nothing.
      const owned = POSSESSIVE.exec(surface)?.[1];
      const forms = [
        surface,
        owned && WITH_COMPLEMENT.test(owned) ? owned : undefined,
        surface.replace(MONTH_BEFORE, ''),
      ];
      for (const form of forms) {
        const alias = form?.replace(RATINGS, '');
        if (!alias || alias === event.text || !HAS_HEAD.test(alias)) continue;
        const set = aliases.get(event.entityId) ?? new Set<string>();
        set.add(alias);
        aliases.set(event.entityId, set);
      }
    }
  return aliases;
}
