/**
 * Which edition of a recurring summit a mention means (data/rules/event-series.json), from what
 * the mention says of it (its ordinal, date, year, place, "upcoming" or "last") and the
 * statement's date: an ordinal, a day or a year the text gives picks the edition it names; a
 * place picks among the editions held there; otherwise the edition under way on the statement's
 * date, the next one for a forward-looking mention, the last one for a backward-looking mention,
 * and the nearest one when the words do not say. Nothing when no edition fits, or when the
 * nearest is over a year away: an Event named wrongly is worse than the series' bare name.
 */
import type { EventSeries, SeriesEdition } from '../rules/eventSeries';

export interface SeriesCues {
  number?: number;
  year?: number;
  /** 0-based. */
  month?: number;
  day?: number;
  place?: string;
  /** The sentence: a host city named anywhere in it ("visiting Hiroshima in May for the G7 Summit"). */
  sentence?: string;
  tense?: 'forward' | 'backward';
  /** The tense is the mention's own word ("next", "last fall"), which outweighs a place. */
  explicitTense?: boolean;
  /** "the next …": the edition after the one under way, if any is. */
  next?: boolean;
  extraordinary?: boolean;
}

const DAY_MS = 86_400_000;
/** A relative choice further than this from the statement's date is no longer the one it means. */
const NEAR_DAYS = 400;

/** The first and the last day (as day numbers) of "2025", "2024-11" or "2022-06-28". */
function period(when: string): { from: number; to: number } {
  const [year = 0, month, day] = when.split('-').map(Number);
  if (day !== undefined && month !== undefined) {
    const at = Date.UTC(year, month - 1, day) / DAY_MS;
    return { from: at, to: at };
  }
  if (month !== undefined)
    return { from: Date.UTC(year, month - 1, 1) / DAY_MS, to: Date.UTC(year, month, 0) / DAY_MS };
  return { from: Date.UTC(year, 0, 1) / DAY_MS, to: Date.UTC(year, 11, 31) / DAY_MS };
}

interface Dated {
  edition: SeriesEdition;
  from: number;
  to: number;
  year: number;
  /** 0-based; undefined when only the year is known. */
  month?: number;
}

const DATED = new WeakMap<EventSeries, Dated[]>();

function datedEditions(series: EventSeries): Dated[] {
  let dated = DATED.get(series);
  if (!dated) {
    dated = series.editions.map((edition) => {
      const { from } = period(edition.start);
      const { to } = period(edition.end ?? edition.start);
      const [year = 0, month] = edition.start.split('-').map(Number);
      return { edition, from, to, year, month: month === undefined ? undefined : month - 1 };
    });
    DATED.set(series, dated);
  }
  return dated;
}

function distance(one: Dated, now: number): number {
  if (one.from <= now && now <= one.to) return 0;
  return Math.min(Math.abs(one.from - now), Math.abs(one.to - now));
}

/** The day number of an ISO date, or undefined. */
export function dayOf(isoDate: string | undefined): number | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  if (!parts) return undefined;
  return Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) / DAY_MS;
}

/** The name of the edition of `series` that `cues` mean on `isoDate`, or undefined. */
export function editionName(
  series: EventSeries,
  cues: SeriesCues,
  isoDate: string | undefined,
): string | undefined {
  const all = datedEditions(series);
  if (cues.number !== undefined)
    return all.find((d) => d.edition.number === cues.number)?.edition.name;
  const now = dayOf(isoDate);
  let pool = all.filter((d) => Boolean(d.edition.extraordinary) === Boolean(cues.extraordinary));
  if (cues.day !== undefined && cues.month !== undefined) {
    const year =
      cues.year ?? (now === undefined ? undefined : new Date(now * DAY_MS).getUTCFullYear());
    if (year === undefined) return undefined;
    const at = Date.UTC(year, cues.month, cues.day) / DAY_MS;
    return all.find((d) => d.from <= at && at <= d.to)?.edition.name;
  }
  let named = false;
  if (cues.year !== undefined) {
    pool = pool.filter(
      (d) =>
        d.year === cues.year &&
        (cues.month === undefined || d.month === undefined || d.month === cues.month),
    );
    if (pool.length === 0) return series.yearName?.replace('{year}', String(cues.year));
    named = true;
  } else if (cues.month !== undefined) pool = pool.filter((d) => d.month === cues.month);
  const there = cues.explicitTense || named ? [] : placed(pool, cues, now);
  if (there.length > 0) {
    pool = there;
    named = true;
  }
  if (pool.length === 1 && named) return pool[0]?.edition.name;
  if (now === undefined || pool.length === 0) return undefined;
  const chosen = cues.next
    ? pool.filter((d) => d.from > now).sort((a, b) => a.from - b.from)[0]
    : relative(pool, now, cues.tense);
  // "the next …" is the next one however far; any other relative choice is a near one.
  if (!chosen || (!named && distance(chosen, now) > (cues.next ? 2 * 365 : NEAR_DAYS)))
    return undefined;
  return chosen.edition.name;
}

/** Whether the edition `name` of `series` is within two years of `isoDate` ("Madrid Summit" is NATO's 2022 one then). */
export function editionNear(
  series: EventSeries,
  name: string,
  isoDate: string | undefined,
): boolean {
  const now = dayOf(isoDate);
  const dated = datedEditions(series).find((d) => d.edition.name === name);
  return now !== undefined && dated !== undefined && distance(dated, now) <= 2 * 365;
}

/**
 * The editions held where the mention says ("in Vilnius"), or else the one edition within two
 * years whose host city the sentence names; a place that no edition has says nothing.
 */
function placed(pool: readonly Dated[], cues: SeriesCues, now: number | undefined): Dated[] {
  const { place, sentence } = cues;
  if (place !== undefined)
    return pool.filter((d) => d.edition.places.some((p) => place.includes(p)));
  if (sentence === undefined || now === undefined) return [];
  const cities = pool.filter((d) => {
    const city = d.edition.places[0];
    if (city === undefined || distance(d, now) > 2 * 365) return false;
    return new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${city}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`).test(sentence);
  });
  return cities.length === 1 ? cities : [];
}

/** The edition under way, else the next, the last or the nearest by the mention's tense. */
function relative(
  pool: readonly Dated[],
  now: number,
  tense: SeriesCues['tense'],
): Dated | undefined {
  const during = pool.find((d) => d.from <= now && now <= d.to);
  if (during) return during;
  if (tense === 'forward')
    return pool.filter((d) => d.to >= now).sort((a, b) => a.from - b.from)[0];
  if (tense === 'backward')
    return pool.filter((d) => d.from <= now).sort((a, b) => b.from - a.from)[0];
  return [...pool].sort((a, b) => distance(a, now) - distance(b, now))[0];
}
