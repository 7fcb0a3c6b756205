/** Dates as statements write them ("September 22, 2025", "22 September 2025") to ISO. */
import { caseless } from '../letters';
import { MONTH_ALTERNATION, MONTHS } from '../rules/months';

const MONTH_INDEX = new Map(MONTHS.map((name, i) => [name.toLowerCase(), i + 1]));
const MONTH = `(${MONTH_ALTERNATION})`;
const US_DATE = new RegExp(caseless(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`), 'i');
const EU_DATE = new RegExp(caseless(`^(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})$`), 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function iso(year: string, monthName: string, day: string): string {
  const month = MONTH_INDEX.get(monthName.toLowerCase()) ?? 0;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** ISO date for a line that is only a date, else undefined. */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  const iso8601 = ISO_DATE.exec(text);
  if (iso8601) return `${iso8601[1]}-${iso8601[2]}-${iso8601[3]}`;
  const us = US_DATE.exec(text);
  if (us) return iso(us[3]!, us[1]!, us[2]!);
  const eu = EU_DATE.exec(text);
  if (eu) return iso(eu[3]!, eu[2]!, eu[1]!);
  return undefined;
}

/**
 * The year and month (0-based) of a statement's ISO date, which rules place dates against ("a
 * past visit in October", "the Assembly session under way"); undefined without a date.
 */
export function yearMonth(
  isoDate: string | undefined,
): { year: number; month: number } | undefined {
  const parts = /^(\d{4})-(\d{2})/.exec(isoDate ?? '');
  return parts ? { year: Number(parts[1]), month: Number(parts[2]) - 1 } : undefined;
}
