/** Offices that speak for a country (data/rules/speakers.json), validated once. */
import { z } from 'zod';
import speakersJson from '../../data/rules/speakers.json';
import { parseRules } from './load';
import { escapeRegex } from './titles';

const SpeakersSchema = z.object({
  offices: z
    .array(
      z.object({
        country: z.string().regex(/^country:[a-z]{3}$/, 'a country id like "country:usa"'),
        names: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
});

const RULES = parseRules('rules/speakers.json', SpeakersSchema, speakersJson);

/** Each office's names as one whole-word pattern, with the country it speaks for. */
export const SPEAKER_OFFICES: readonly { country: string; pattern: RegExp }[] = RULES.offices.map(
  (office) => ({
    country: office.country,
    pattern: new RegExp(`\\b(?:${office.names.map(escapeRegex).join('|')})\\b`),
  }),
);
