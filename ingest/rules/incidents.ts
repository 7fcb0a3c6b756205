/** The kinds of attack and incident a statement reports (data/rules/incidents.json). */
import { z } from 'zod';
import incidentsJson from '../../data/rules/incidents.json';
import { parseRules } from './load';

const words = z.array(z.string().trim().min(1)).min(1);
/** "today" (the statement's day), "yesterday" (the day before), "" (none). */
const day = z.enum(['today', 'yesterday', '']);

const schema = z.object({
  heads: words,
  pluralHeads: words,
  ratingWords: words,
  recentWords: words,
  classifiers: z.record(z.string().min(1), z.string().min(1)),
  determiners: z.record(z.string().min(1), day),
  indefinite: words,
  placeLinks: words,
  personLinks: words,
  dayWords: z.record(z.string().min(1), day),
  wars: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
});

export const INCIDENT_RULES = parseRules('rules/incidents.json', schema, incidentsJson);
