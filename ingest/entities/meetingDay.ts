/**
 * The day of the meeting a statement reports, as the sentence saying who met gives it: "On May 31,
 * 2022, … convened a meeting", "met for the 11th time on October 31, 2023", "met yesterday with",
 * "met on Monday". A statement is often issued a day or more after its meeting, and the title
 * meeting's name carries the meeting's day, not the statement's (gold conventions, session 14:
 * "the date is the meeting's (May 31), the statement is of June 1"). Without such a phrase the
 * statement's date stands (a readout's "met today").
 */
import { MONTH_ALTERNATION, MONTHS } from '../rules/months';

const M = `(${MONTH_ALTERNATION})`;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/**
 * "on May 31", "On May 31, 2022", "on 10 March 2023"; the ordinal suffix as some texts write it.
 * A weekday may come first, "on Friday, March 10, 2023": the date, not the weekday, says which
 * Friday (a preview's weekday alone would be read back from the statement's day).
 */
const MONTH_DAY = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Oo]n (?:(?:${WEEKDAYS.join('|')}),? )?(?:${M} (\\d{1,2})(?:st|nd|rd|th)?(?:, ((?:19|20)\\d\\d))?|(\\d{1,2}) ${M}(?: ((?:19|20)\\d\\d))?)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  'u',
);
const YESTERDAY = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])yesterday(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** "met … today to discuss …, including at the most recent … meeting on January 30": another meeting's day. */
const TODAY =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:today|tonight|this (?:morning|afternoon|evening))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const WEEKDAY = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Oo]n (${WEEKDAYS.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
/** A preview ("will meet on Monday") looks forward from the statement's date, a readout back. */
const FUTURE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|to meet|upcoming)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const DAY_MS = 86_400_000;
/** A date without its year this far after the statement is last year's ("on December 30" in a January readout). */
const AHEAD_DAYS = 31;

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The meeting's day (ISO `YYYY-MM-DD`) that `sentence` states, relative to the statement's `isoDate`. */
export function meetingDay(sentence: string, isoDate: string): string | undefined {
  const today = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(today) || TODAY.test(sentence)) return undefined;
  const dated = MONTH_DAY.exec(sentence);
  if (dated) {
    const month = MONTHS.indexOf(dated[1] ?? dated[5] ?? '');
    const day = Number(dated[2] ?? dated[4]);
    const year = dated[3] ?? dated[6];
    if (month < 0 || day < 1 || day > 31) return undefined;
    if (year) return iso(Date.UTC(Number(year), month, day));
    const thisYear = new Date(today).getUTCFullYear();
    const time = Date.UTC(thisYear, month, day);
    return iso(time - today > AHEAD_DAYS * DAY_MS ? Date.UTC(thisYear - 1, month, day) : time);
  }
  if (YESTERDAY.test(sentence)) return iso(today - DAY_MS);
  const weekday = WEEKDAY.exec(sentence);
  if (!weekday) return undefined;
  const target = WEEKDAYS.indexOf(weekday[1] ?? '');
  const now = new Date(today).getUTCDay();
  const shift = FUTURE.test(sentence) ? (target - now + 7) % 7 : -((now - target + 7) % 7);
  return iso(today + shift * DAY_MS);
}
