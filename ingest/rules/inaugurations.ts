/** How a leader's inauguration is named in a statement (data/rules/inaugurations.json). */
import { z } from 'zod';
import inaugurationsJson from '../../data/rules/inaugurations.json';
import { parseRules } from './load';

const words = z.array(z.string().trim().min(1)).min(1);

const schema = z.object({ heads: words, determiners: words, ratingWords: words });

export const INAUGURATION_RULES = parseRules('rules/inaugurations.json', schema, inaugurationsJson);
