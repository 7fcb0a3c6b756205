/**
 * A record's past: "In March 2023, our nations announced a pathway …", "In FY 2023 alone, the
 * United States also supported …" in a statement of 2024 or 2025 narrates what was done then
 * (gold README, session 11's retrospective past; session 17: "announced a pathway", "announced
 * the selection of …", "announced principles" are narrative). A stance of intent keeps binding
 * ("we pledged to pursue", "decided to invest", "has committed to invest": session 17), and a
 * date in the statement's own month is its meeting's ("On July 14, the leaders announced …").
 */
import { caseless } from '../letters';
import { yearMonth } from '../read/dates';
import { STANCES_COMPILED } from '../rules/stanceRules';
import type { Trigger } from '../trigger';
import { verbForm } from './clauses';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A sentence-opening time adjunct, up to its comma ("In March 2023,", "In FY 2023 alone,"), or a
 * month and year with none ("In April 2024 our Defense Ministers announced …").
 */
const OPENING =
  /^(?:And\s+(?:so\s+)?)?(?:In|On|At|During|By|Last|Earlier)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])([^,;]{0,60}),|^(?:In|During)\s+((?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

/** Months since year 0 of the opening's date, or undefined when it names none. */
function monthOf(opening: string, documentYear: number): number | undefined {
  const year = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])((?:19|20)\d\d)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.exec(opening);
  const month = new RegExp(
    caseless(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(${MONTHS.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`),
    'i',
  ).exec(opening);
  if (!year && !month) return undefined;
  const y = year ? Number(year[1]) : documentYear;
  // A year alone is its last month: earlier only when the whole year is.
  const m = month ? MONTHS.indexOf(month[1]!.toLowerCase()) : 11;
  return y * 12 + m;
}

/** Whether a past stance verb narrates a time before the statement's month. */
export function narratedEarlier(trigger: Trigger, text: string, documentDate?: string): boolean {
  const date = yearMonth(documentDate);
  if (!date || verbForm(trigger) !== 'past') return false;
  const verb = trigger.text.toLowerCase().split(/\s+/)[0] ?? '';
  if (STANCES_COMPILED.intentHeads.some((head) => verb.startsWith(head.replace(/e$/, ''))))
    return false;
  const opening = OPENING.exec(text);
  if (!opening || opening[0].length > trigger.start) return false;
  const when = monthOf(opening[1] ?? opening[2] ?? '', date.year);
  return when !== undefined && when < date.year * 12 + date.month;
}
