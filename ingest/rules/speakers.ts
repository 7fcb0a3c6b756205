/** Offices that speak for a country and where a title's speaker ends (data/rules/speakers.json), validated once. */
import { z } from 'zod';
import speakersJson from '../../data/rules/speakers.json';
import { parseRules } from './load';
import { escapeRegex } from './titles';

const SpeakersSchema = z.object({
  offices: z
    .array(
      z.object({
        country: z.string().regex(/^country:[a-zß-öø-ɏḀ-ỿ]{3}$/, 'a country id like "country:usa"'),
        names: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
  subjectMatter: z.array(z.string().min(2)).min(1),
  ownStanceNouns: z.array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'one lowercase word')).min(1),
  ownPurposeVerbs: z.array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'one lowercase verb')).min(1),
});

const RULES = parseRules('rules/speakers.json', SpeakersSchema, speakersJson);

/** Each office's names as one whole-word pattern, with the country it speaks for. */
export const SPEAKER_OFFICES: readonly { country: string; pattern: RegExp }[] = RULES.offices.map(
  (office) => ({
    country: office.country,
    pattern: new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${office.names.map(escapeRegex).join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
    ),
  }),
);

/** Where a title turns from its speaker to its subject matter: "… on the DPRK’s Launch", "… Ahead of …". */
export const SUBJECT_MATTER = new RegExp(
  `\\s(?:${RULES.subjectMatter.map((words) => escapeRegex(words).replace(/ /g, '\\s+')).join('|')})\\s`,
  'i',
);

/**
 * The stance nouns an own office or country holds ("the Biden-Harris Administration’s view"), as
 * one alternation for ingest/commitments/ownMentions.ts to frame.
 */
export const OWN_STANCE_NOUNS: string = RULES.ownStanceNouns.join('|');

/**
 * A call's or meeting's purpose that is the caller's own act toward the one met ("to offer his
 * congratulations", "to express gratitude for …"): its verb first, then no shared possessive.
 */
export const OWN_PURPOSE: RegExp = new RegExp(
  `^(?:to\\s+)?(?:${RULES.ownPurposeVerbs.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!\\s+(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\\s+)?(?:their|our|shared|mutual|joint)\\s)`,
  'i',
);
