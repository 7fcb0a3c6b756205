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
 * Friday (a preview's weekday alone would be read back from the statement's day). A meeting held
 * over days, "met on January 26-27", "on August 27–28", "on December 5 and 6", keeps its last day
 * (gold names it "(January 26-27, 2024)": 2024-01-27, 2024-08-28, and the AUKUS and APEC
 * meetings "(July 25-28, 2022)", "(November 16-17, 2023)").
 */
const THROUGH = '(?:\\s?[-–]\\s?| and )(\\d{1,2})';
const MONTH_DAY = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Oo]n (?:(?:${WEEKDAYS.join('|')}),? )?(?:${M} (\\d{1,2})(?:st|nd|rd|th)?(?:${THROUGH})?(?:, ((?:19|20)\\d\\d))?|(\\d{1,2})(?:${THROUGH})? ${M}(?: ((?:19|20)\\d\\d))?)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
);
const YESTERDAY = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])yesterday(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** "met … today to discuss …, including at the most recent … meeting on January 30": another meeting's day. */
const TODAY =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:today|tonight|this (?:morning|afternoon|evening))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const WEEKDAY = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Oo]n (${WEEKDAYS.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
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
  return meetingDays(sentence, isoDate)?.day;
}

/**
 * The meeting's first day (ISO) and, for a meeting held over days, the day of the month it ends
 * on; undefined when the sentence gives no day.
 */
export function meetingDays(
  sentence: string,
  isoDate: string,
): { day: string; through?: number } | undefined {
  const today = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(today) || TODAY.test(sentence)) return undefined;
  const dated = MONTH_DAY.exec(sentence);
  if (dated) {
    const [, m1, d1, to1, y1, d2, to2, m2, y2] = dated;
    const month = MONTHS.indexOf(m1 ?? m2 ?? '');
    const day = Number(d1 ?? d2);
    const year = y1 ?? y2;
    const last = Number(to1 ?? to2);
    const through = last > day && last <= 31 ? { through: last } : {};
    if (month < 0 || day < 1 || day > 31) return undefined;
    if (year) return { day: iso(Date.UTC(Number(year), month, day)), ...through };
    const thisYear = new Date(today).getUTCFullYear();
    const time = Date.UTC(thisYear, month, day);
    const when = time - today > AHEAD_DAYS * DAY_MS ? Date.UTC(thisYear - 1, month, day) : time;
    return { day: iso(when), ...through };
  }
  if (YESTERDAY.test(sentence)) return { day: iso(today - DAY_MS) };
  const weekday = WEEKDAY.exec(sentence);
  if (!weekday) return undefined;
  const target = WEEKDAYS.indexOf(weekday[1] ?? '');
  const now = new Date(today).getUTCDay();
  const shift = FUTURE.test(sentence) ? (target - now + 7) % 7 : -((now - target + 7) % 7);
  return { day: iso(today + shift * DAY_MS) };
}
