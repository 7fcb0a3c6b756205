/**
 * "Prime Minister Okafor’s recent visit to Lagos" → `Prime Minister Okafor’s visit to Lagos (March
 * 2024)`: an official's visit is named by who went where and when, month and year (gold
 * conventions: a recalled or planned visit is an `Event` with a descriptive dated name; the same
 * official's visit to the same place in another year is another visit, and ids come from names).
 * How the text rates or places it in time ("recent", "successful", "upcoming") is no part of the
 * name. The month is the text's own ("… visit to Israel in July 2022", "… to Spain on June 28-30,
 * 2022", "the Vice President’s May 2022 trip to …") or, for a visit the text calls recent or
 * upcoming, the statement's; a visit with neither keeps its undated name.
 *
 * A "trip" is named a visit, as the gold names every recalled or planned one (`President Biden's
 * visit to Israel (July 2022)` for "President Biden’s mid-July trip to Israel", gold 2022-08-23,
 * 2022-08-26, 2023-01-17); the text's words stay the mention. The release's own President and Vice
 * President go by office alone ("the President’s upcoming visit to the Republic of Korea", gold
 * 2022-05-12, 2023-03-06): the visit is named by the holder on the statement's date, "President
 * Biden’s visit to …", as the gold names them. One visit, one name: a later mention of the same
 * owner's visit to the same place ("the President’s visit to the ROK") is the visit the first
 * one named.
 */
import type { Lexicon } from '../lexicon';
import { yearMonth } from '../read/dates';
import { MONTH_ALTERNATION, MONTHS } from '../rules/months';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import type { DatedEventScope } from './datedEvents';
import { aliasesOf } from './entityAliases';
import { entityHit } from './hit';
import { insertHit } from './placeHit';
import { renameEvents } from './renameEvents';
import { FOR_NAMED_MEETING, VISIT } from './visits';

const M = `(?:${MONTH_ALTERNATION})`;
/**
 * Owner's possessive ("’s", or the apostrophe alone after a final s), the modifiers that rate or
 * time the visit, a month before its kind ("May 2022", "mid-July"), then the visit itself.
 */
const VISIT_NAME = new RegExp(
  `^(.+?)(?:[’']s|(?<=s)[’']) ((?:(?:recent|successful|historic|upcoming|ongoing) )+)?(?:(?:mid-)?(${M})(?: ((?:19|20)\\d\\d))? )?((?:(?:first|second|official|state|working) )*)(visit|trip|travel)( to .+)$`,
  'i',
);
/** The modifiers that place the visit around the statement's own date ("successful": just over). */
const NEAR_STATEMENT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:recent|successful|upcoming|ongoing)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
const UPCOMING = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])upcoming(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/**
 * The text's own month right after the place: "… to Israel in July 2022", "… to Seoul in May",
 * "… to Spain on June 28-30, 2022", "… July 15-16, 2022".
 */
const MONTH_AFTER = new RegExp(
  `^,? (?:in |on |from )?(${M})(?: \\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?:${M} )?\\d{1,2})?)?(?:,? ((?:19|20)\\d\\d))?(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
);
/** "… visit to Israel later this week", "… next week": the statement's month. */
const WEEK_AFTER = /^,? (?:later this|this|next) week(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** The release's own officials by office alone, before a possessive: "the Vice President’s". */
const OFFICE_VISIT = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Tt]he (Vice President|President|First Lady)(?=[’']s )/g;
const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'Region']);

/** "July 2022" for a month the text names, the year the statement's when the text gives none. */
function namedMonth(
  month: string,
  year: string | undefined,
  modifiers: string,
  isoDate: string | undefined,
): string | undefined {
  if (year) return `${month} ${year}`;
  const when = yearMonth(isoDate);
  if (!when) return undefined;
  // A past visit's month after the statement's is last year's.
  const past = !UPCOMING.test(modifiers) && MONTHS.indexOf(month) > when.month;
  return `${month} ${past ? when.year - 1 : when.year}`;
}

/** "(July 2022)" for the visit whose mention ends at `tail`, or undefined. */
function visitDate(
  modifiers: string,
  before: { month: string; year: string | undefined } | undefined,
  tail: string,
  isoDate: string | undefined,
): string | undefined {
  if (before) return namedMonth(before.month, before.year, modifiers, isoDate);
  const named = MONTH_AFTER.exec(tail);
  if (named) return namedMonth(named[1] ?? '', named[2], modifiers, isoDate);
  const when = yearMonth(isoDate);
  if (!when) return undefined;
  if (WEEK_AFTER.test(tail) || NEAR_STATEMENT.test(modifiers))
    return `${MONTHS[when.month]} ${when.year}`;
  return undefined;
}

/** "Trip" as the text capitalises it, named a visit; "travel" stays the text's word. */
function visitWord(head: string): string {
  return head === 'trip' ? 'visit' : head;
}

/** The title names someone else by `office` ("… Call with President Okonkwo"), not its holder. */
function titleNamesOther(lexicon: Lexicon, title: string, office: string, holder: string): boolean {
  const own = aliasesOf(lexicon, holder).map((alias) => alias.alias);
  const titled = new RegExp(
    `(?<!Vice )(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${office} ([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*)`,
    'g',
  );
  for (let match = titled.exec(title); match; match = titled.exec(title))
    if (!own.some((alias) => match[1]?.startsWith(alias))) return true;
  return false;
}

/**
 * "the President’s upcoming visit to Japan": the visit of the release's own President, Vice
 * President or First Lady, to a place the text names right after. The holder is the one on the
 * statement's date (officials.json `homeOffices`), unless the document names someone else by that
 * office ("President Ruto … the President’s visit to Nairobi": either could be meant). Adds the
 * Event hit (its mention from the office on) and returns each with the holder's name by office
 * ("President Biden"), which names it.
 */
function officeVisits(scope: DatedEventScope): Map<EntityHit, string> {
  const { lexicon, text, sentences, hitsBySentence, isoDate, title } = scope;
  const owners = new Map<EntityHit, string>();
  const terms = lexicon.homeOffices;
  if (!terms?.length || !isoDate) return owners;
  const officials = [...hitsBySentence.values()].flat().filter((hit) => hit.type === 'Official');
  const holderOf = (office: string): string | undefined => {
    const term = terms.find(
      (t) => t.office === office && (!t.from || t.from <= isoDate) && (!t.to || isoDate <= t.to),
    );
    if (!term) return undefined;
    const surname = lexicon.entities.get(term.entityId)?.name.split(' ').pop();
    // By the lexicon's title, or by the text's ("President Okonkwo" whom no lexicon knows), or
    // by the title's ("Readout of … Call with President Okonkwo").
    const titled = new RegExp(`(?<!Vice )(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${office} $`);
    const other =
      officials.some(
        (hit) =>
          hit.entityId !== term.entityId &&
          (lexicon.entities.get(hit.entityId)?.attributes?.title === office ||
            titled.test(text.slice(Math.max(0, hit.start - 30), hit.start))),
      ) || titleNamesOther(lexicon, title, office, term.entityId);
    return other ? undefined : surname;
  };
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index);
    if (!hits || !sentence.text.includes('’s') || !/President|First Lady/.test(sentence.text))
      continue;
    OFFICE_VISIT.lastIndex = 0;
    for (
      let match = OFFICE_VISIT.exec(sentence.text);
      match;
      match = OFFICE_VISIT.exec(sentence.text)
    ) {
      const title = match[1] ?? '';
      const start = sentence.start + match.index + match[0].length - title.length;
      const visit = VISIT.exec(text.slice(start + title.length, sentence.end));
      if (!visit || !/^[’']s/i.test(visit[0])) continue;
      const placeAt = start + title.length + visit[0].length;
      let place: EntityHit | undefined;
      for (const hit of hits)
        if (hit.start === placeAt && PLACE_TYPES.has(hit.type) && (!place || hit.end > place.end))
          place = hit;
      if (!place || FOR_NAMED_MEETING.test(text.slice(place.end, sentence.end))) continue;
      const end = place.end;
      if (hits.some((hit) => hit.type === 'Event' && hit.start < end && hit.end > start)) continue;
      const surname = holderOf(title);
      if (!surname) continue;
      const surface = text.slice(start, end);
      const event = entityHit(entityIdFor('Event', surface), 'Event', start, end, surface);
      for (const hit of hits) if (hit.start >= start && hit.end <= end) hit.nested = true;
      insertHit(hits, event);
      owners.set(event, `${title} ${surname}`);
    }
  }
  return owners;
}

/** The place a visit's mention ends with: its entity where the sentence has one, else its words. */
function placeKey(hit: EntityHit, hits: readonly EntityHit[], rest: string): string {
  const place = hits.find(
    (other) => other !== hit && PLACE_TYPES.has(other.type) && other.end === hit.end,
  );
  return place?.entityId ?? rest.replace(/^ to (?:the )?/i, '');
}

/** Renames the possessive visits of `hitsBySentence` by owner, place and month. */
export function datedVisits(scope: DatedEventScope): void {
  const { text, sentences, hitsBySentence, isoDate } = scope;
  const owners = officeVisits(scope);
  /** The first dated name of each owner's visit to each place, for its later mentions. */
  const named = new Map<string, string>();
  const undated: { hit: EntityHit; key: string }[] = [];
  renameEvents(sentences, hitsBySentence, (hit, sentence) => {
    if (hit.type !== 'Event' || hit.name) return undefined;
    const visit = VISIT_NAME.exec(hit.text);
    if (!visit) return undefined;
    const [, textOwner = '', modifiers = '', month, year, kinds = '', head = '', rest = ''] = visit;
    const owner = owners.get(hit) ?? textOwner;
    const tail = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
    const date = visitDate(modifiers, month ? { month, year } : undefined, tail, isoDate);
    const apostrophe = /’/.test(hit.text) ? '’' : "'";
    const bare = `${owner}${apostrophe}s ${kinds}${visitWord(head)}${rest}`;
    const key = `${owner.toLowerCase()}|${placeKey(hit, hitsBySentence.get(sentence.index) ?? [], rest)}`;
    if (!date) {
      undated.push({ hit, key });
      if (!modifiers && bare === hit.text) return undefined;
      return bare;
    }
    const name = `${bare} (${date})`;
    if (!named.has(key)) named.set(key, name);
    return named.get(key);
  });
  for (const { hit, key } of undated) {
    const name = named.get(key);
    if (!name) continue;
    hit.name = name;
    hit.entityId = entityIdFor('Event', name);
  }
}
