/** Month names (data/rules/months.json), validated once: dates, names and venues share them. */
import { z } from 'zod';
import monthsJson from '../../data/rules/months.json';
import { parseRules } from './load';

const schema = z.object({ months: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)).length(12) });

export const MONTHS: readonly string[] = parseRules('rules/months.json', schema, monthsJson).months;

/** `January|February|…` for regular expressions. */
export const MONTH_ALTERNATION = MONTHS.join('|');
