/**
 * The floors `npm run eval -- --check` enforces, as data (data/rules/eval-floors.json): minimum
 * MACRO figures on the gold, and maximum violation rates of the gold-free invariants. Raising a
 * floor after an extractor improvement is a one-line data change.
 */
import { z } from 'zod';
import floorsJson from '../../data/rules/eval-floors.json';
import { parseRules } from '../rules/load';
import { METRICS } from './figures';

const Fraction = z.number().min(0).max(1);

const FloorsSchema = z.object({
  gold: z.partialRecord(z.enum(METRICS), Fraction),
  invariants: z.record(z.string().min(1), Fraction),
});

export type Floors = z.infer<typeof FloorsSchema>;

export const FLOORS: Floors = parseRules('rules/eval-floors.json', FloorsSchema, floorsJson);
