/**
 * "the 2018 Panmunjom Declaration", "the 1951 U.S.-Philippines Mutual Defense Treaty": a year (or
 * month and year) just before an instrument's name is how such texts name that instrument, so the
 * mention takes it in. Shared by open-vocabulary names and lexicon matches.
 */
import { MONTH_ALTERNATION } from '../rules/months';

/** "the 2022-2025 ASEAN-U.S. Plan of Action": a span of years dates it too. */
const DATE_BEFORE = new RegExp(
  `(?:(?:${MONTH_ALTERNATION}) )?(?:(?:19|20)\\d\\d[-–])?(?:19|20)\\d\\d $`,
);

/** Where a mention starting at `start` in `text` starts once a date just before it is taken in. */
export function datedStart(text: string, start: number): number {
  const dated = DATE_BEFORE.exec(text.slice(0, start));
  return dated ? start - dated[0].length : start;
}
