/**
 * Recurring summits named by their edition (gold conventions 3.6: a recurring series' session is
 * dated or year-qualified, and named summits take their gold names): "the upcoming NATO Summit in
 * Vilnius" is `NATO Vilnius Summit (2023)`, "the G7 Summit" in a June 2021 statement `G7 Leaders’
 * Summit (June 2021)`, "the 2022 U.S.-ASEAN Special Summit" `ASEAN-U.S. Special Summit`, "the
 * third U.S.-Nordics Summit" `Third U.S.-Nordics Summit (July 2023)`. The series, their ways of
 * being written and their editions are data (data/rules/event-series.json); seriesEditions.ts
 * picks the edition. The mention's own words stay its alias.
 *
 * `seriesMentions` finds the writings the generic name finder misses ("the Quad summit", "the APEC
 * Leaders’ week", "the Quad leaders’ Summit"); `eventSeries` renames every Event hit that is one.
 * Plural and indefinite mentions ("NATO Summits", "a G7 Summit", "every Summit") name no edition.
 */

import { EVENT_SERIES, type EventSeries, foldSeriesName } from '../rules/eventSeries';
import { MONTHS } from '../rules/months';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { candidateAt, entityIdFor } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { renameEvents } from './renameEvents';
import { dayOf, editionName, editionNear, type SeriesCues } from './seriesEditions';
import { venueSeries } from './venueBodies';

/** Each writing of a series or of one edition, folded, with the edition it names alone. */
const BY_NAME = new Map<string, { series: EventSeries; edition?: string }>();
for (const series of EVENT_SERIES) {
  for (const alias of series.aliases) BY_NAME.set(foldSeriesName(alias), { series });
  for (const edition of series.editions)
    for (const alias of edition.aliases ?? [])
      BY_NAME.set(foldSeriesName(alias), { series, edition: edition.name });
}

/** A writing as a pattern: any apostrophe, any dash with or without spaces around it. */
function writing(alias: string): string {
  return escapeRegex(alias)
    .replace(/[’']/g, "[’']")
    .replace(/\s*[-–—]\s*/g, '\\s?[-–—]\\s?');
}

const WRITINGS = [...new Set(EVENT_SERIES.flatMap((s) => s.aliases))].sort(
  (a, b) => b.length - a.length,
);
const MENTION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ.-])(?:${WRITINGS.map(writing).join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'gi',
);
/**
 * Every writing holds one of these words ("Major Economies Forum on Energy and Climate", "the
 * third convening of the CRI"): most sentences hold none.
 */
const HEADS = /summit|meeting|week|conference|NALS|forum|ministerial|gathering|convening/i;

/** Series mentions the generic finder does not read (lowercase heads, a lowercase "leaders"). */
export function seriesMentions(text: string, offset: number): Candidate[] {
  if (!HEADS.test(text)) return [];
  MENTION.lastIndex = 0;
  return [...text.matchAll(MENTION)].map((m) =>
    candidateAt('Event', m[0], offset + m.index, 'phrase'),
  );
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
];
const MONTH_INDEX = new Map(MONTHS.map((month, i) => [month.toLowerCase(), i]));
const FORWARD_WORDS = new Set(['upcoming', 'next', 'forthcoming', 'coming']);
const BACKWARD_WORDS = new Set(['last', 'recent', 'previous', 'past']);
/** Words that rate or place an edition, read off before the series' name. */
const MODIFIERS = new Set([
  ...FORWARD_WORDS,
  ...BACKWARD_WORDS,
  'annual',
  'extraordinary',
  'historic',
  'successful',
  'in-person',
  'virtual',
  'inaugural',
  'landmark',
]);
/** "a successful G20 Leaders’ Summit" is the one under way or coming, not any. */
const RATINGS = new Set(['successful', 'historic', 'landmark']);
/** Before the mention, a word that makes it any edition or several. */
const GENERIC =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:a|an|every|each|any|future|both|two|three|four|five|six|all|many|(?:founding|establishment|revival|resumption) of(?: the)?|(?:reviving|resuming|revive|resume)(?: the)?)\s+$/i;
/** After the mention, a noun it modifies: "the Summit for Democracy process" is the series'. */
const MODIFIED =
  /^ (?:process|platform|framework|agenda|commitments?|cohorts?|participants|Year of Action)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** A date right after the mention: "on 24 May 2022", "in November 2022", "on July 9-11". */
const DATE_AFTER = new RegExp(
  `^,? (?:on |in |held on |held in )(?:(\\d{1,2}) (${MONTHS.join('|')})|(${MONTHS.join('|')})(?: (\\d{1,2})(?:st|nd|rd|th)?)?)(?:[-–]\\d{1,2})?(?:,? ((?:19|20)\\d\\d))?(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);
/** Soon after the mention, when it was or will be: "… in Washington, DC last fall". */
const LATER =
  /^[^.;]{0,50}?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:next (?:year|month|week|spring|summer|fall|autumn|winter)|later this (?:year|month)|this coming)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const EARLIER =
  /^[^.;]{0,50}?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:last (?:year|month|week|spring|summer|fall|autumn|winter)|earlier this (?:year|month))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const FORWARD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|upcoming|next|forthcoming|look(?:s|ed|ing)? forward|ahead of|in advance of|prepar[a-zß-öø-ɏḀ-ỿ]*|lead[- ]up|to be held|plans? to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
const BACKWARD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:last|recent|recently|previous|past|was|were|held|since|following|launched|agreed|adopted|endorsed|made|reached)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/** After the mention: " in Vilnius", " being held in India", " in 2025", " in November". */
const AFTER =
  /^(?: meeting)?,? (?:(?:being |to be |that was )?held |hosted )?(?:in|at) ((?:19|20)\d\d|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?: (?:de |of |the )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*)/;
const YEAR = /^(?:19|20)\d\d$/;

/** Reads one word of the words before a series' name into `cues`; false when it is no cue. */
function readWord(
  word: string,
  cues: SeriesCues,
  state: { day?: number; rated?: boolean },
): boolean {
  const lower = word.toLowerCase().replace(/,$/, '');
  const ordinal = ORDINALS.indexOf(lower);
  const numbered = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  if (ordinal >= 0 || numbered) cues.number ??= ordinal >= 0 ? ordinal + 1 : Number(numbered?.[1]);
  else if (YEAR.test(lower)) cues.year ??= Number(lower);
  else if (/^\d{1,2}$/.test(lower)) state.day = Number(lower);
  else if (MONTH_INDEX.has(lower)) {
    cues.month ??= MONTH_INDEX.get(lower);
    if (state.day !== undefined) cues.day ??= state.day;
  } else if (lower === 'extraordinary') cues.extraordinary = true;
  else if (MODIFIERS.has(lower)) {
    if (RATINGS.has(lower)) state.rated = true;
    if (FORWARD_WORDS.has(lower)) cues.tense ??= 'forward';
    if (lower === 'next') cues.next = true;
    if (BACKWARD_WORDS.has(lower)) cues.tense ??= 'backward';
  } else return false;
  if (!/^\d{1,2}$/.test(lower)) state.day = undefined;
  return true;
}

/** "this year’s", "last year’s", "next year’s" before the name: that year. */
const YEARS_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(this|last|next) year[’']s\s+$/i;

interface Mention {
  series: EventSeries;
  edition?: string;
  cues: SeriesCues;
}

/** The series `hit` mentions and what its words and the words around it say of the edition. */
function readMention(
  hit: EntityHit,
  text: string,
  sentence: SegmentedSentence,
  isoDate?: string,
  venue?: EventSeries,
): Mention | undefined {
  const cues: SeriesCues = {};
  const words = hit.text.split(' ');
  const state: { day?: number } = {};
  while (words.length > 1 && readWord(words[0] ?? '', cues, state)) words.shift();
  let name = words.join(' ');
  const inside = / in ([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9][^,;]*)$/.exec(name);
  let found = venue ? { series: venue } : BY_NAME.get(foldSeriesName(name));
  if (!found && inside) {
    name = name.slice(0, inside.index);
    found = BY_NAME.get(foldSeriesName(name));
    cues.place = inside[1];
  }
  let before = text.slice(Math.max(sentence.start, hit.start - 60), hit.start);
  // "the next U.S. – Pacific Islands Forum Summit": the finder's name began after the dash.
  const pair = /U\.S\.\s?[-–—]\s?$/.exec(before);
  if (!found && pair) {
    found = BY_NAME.get(foldSeriesName(`U.S.-${name}`));
    before = before.slice(0, pair.index);
  }
  if (!found) return undefined;
  const back = before.split(' ');
  back.pop(); // the empty word after the last space
  const stateBack: { day?: number; rated?: boolean } = {};
  while (back.length > 0 && readWord(back[back.length - 1] ?? '', cues, stateBack)) back.pop();
  const rest = `${back.join(' ')} `;
  const generic = GENERIC.exec(rest);
  if (generic && !(stateBack.rated && /^an? $/i.test(generic[0]))) return undefined;
  const years = YEARS_BEFORE.exec(rest);
  const now = dayOf(isoDate);
  if (years && now !== undefined) {
    const year = new Date(now * 86_400_000).getUTCFullYear();
    cues.year ??= year + ({ this: 0, last: -1, next: 1 }[years[1]?.toLowerCase() as 'this'] ?? 0);
  }
  const tail = text.slice(hit.end, Math.min(sentence.end, hit.end + 80));
  if (MODIFIED.test(tail)) return undefined;
  readAfter(tail, cues);
  cues.sentence = sentence.text;
  if (cues.tense) cues.explicitTense = true;
  else {
    const forward = FORWARD.test(sentence.text);
    const backward = BACKWARD.test(sentence.text);
    if (forward !== backward) cues.tense = forward ? 'forward' : 'backward';
  }
  return { series: found.series, edition: found.edition, cues };
}

/** What the words after a mention say: its date, its place, or when it was or will be. */
function readAfter(tail: string, cues: SeriesCues): void {
  const date = DATE_AFTER.exec(tail);
  if (date) {
    const [, dayFirst, monthSecond, month = monthSecond, day = dayFirst, year] = date;
    cues.month ??= MONTH_INDEX.get((month ?? '').toLowerCase());
    if (day !== undefined) cues.day ??= Number(day);
    if (year !== undefined) cues.year ??= Number(year);
  } else {
    const where = AFTER.exec(tail)?.[1];
    if (where && YEAR.test(where)) cues.year ??= Number(where);
    else if (where) cues.place ??= where;
  }
  if (LATER.test(tail)) cues.tense ??= 'forward';
  if (EARLIER.test(tail)) cues.tense ??= 'backward';
}

/**
 * Renames each Event hit that mentions a recurring series to the edition it means. A hit that is
 * no mention of a series but shares the id of one that was renamed ("APEC Economic Leaders’ Week
 * (AELW)" and a later "AELW") follows it, when all its mentions went to one edition.
 */
export function eventSeries(
  text: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  isoDate: string | undefined,
): void {
  const renamed = new Map<string, string | null>();
  const others: EntityHit[] = [];
  renameEvents(sentences, hitsBySentence, (hit, sentence) => {
    // "at the G20 in India": a grouping named as a venue is its summit (venueBodies.ts).
    const venue = venueSeries(hit, text, sentence.start);
    if (!venue && (hit.type !== 'Event' || (hit.name !== undefined && hit.name !== hit.text)))
      return undefined;
    const mention = readMention(hit, text, sentence, isoDate, venue);
    if (!mention) {
      if (!venue) others.push(hit);
      return undefined;
    }
    const name =
      mention.edition === undefined
        ? editionName(mention.series, mention.cues, isoDate)
        : editionNear(mention.series, mention.edition, isoDate)
          ? mention.edition
          : undefined;
    if (name !== undefined) {
      const before = renamed.get(hit.entityId);
      renamed.set(hit.entityId, before === undefined || before === name ? name : null);
    }
    return name;
  });
  for (const hit of others) {
    const name = renamed.get(hit.entityId);
    if (!name) continue;
    hit.name = name;
    hit.entityId = entityIdFor('Event', name);
  }
}
