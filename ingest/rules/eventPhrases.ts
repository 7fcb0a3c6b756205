/** The text's phrase for a meeting, visit or summit as an Event's name (data/rules/event-phrases.json). */
import { z } from 'zod';
import eventPhrasesJson from '../../data/rules/event-phrases.json';
import { parseRules } from './load';

const words = z.array(z.string().trim().min(1)).min(1);

const schema = z.object({
  heads: words,
  ratingWords: words,
  links: words,
  placeLinks: words,
});

export const EVENT_PHRASE_RULES = parseRules('rules/event-phrases.json', schema, eventPhrasesJson);
