/** The kinds of natural disaster and accident a statement reports (data/rules/disasters.json). */
import { z } from 'zod';
import disastersJson from '../../data/rules/disasters.json';
import { parseRules } from './load';

const words = z.array(z.string().trim().min(1)).min(1);

const schema = z.object({
  heads: words,
  ratingWords: words,
  determiners: words,
  placeLinks: words,
  titleWords: words,
});

export const DISASTER_RULES = parseRules('rules/disasters.json', schema, disastersJson);
