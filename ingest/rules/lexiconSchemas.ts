/**
 * zod schemas of the curated lexicons (data/lexicon/*.json). A broken entry stops the program
 * with the file and the field (see ./load.ts), instead of silently matching nothing.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const iso3 = z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{3}$/, 'must be an ISO 3166-1 alpha-3 code');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((date) => !Number.isNaN(Date.parse(date)), 'must be a real date');

export const countriesSchema = z.object({
  exclude: z.array(iso3),
  /** Capitals of the base list that are no place of their own in the releases ("Georgetown"). */
  capitalsNotPlaces: z.array(text),
  countries: z.record(
    iso3,
    z.object({
      name: text.optional(),
      short: text.optional(),
      aliases: z.array(text).optional(),
      demonyms: z.array(text).optional(),
    }),
  ),
  /**
   * States the base list lacks because they no longer exist ("the Soviet Union", "USSR"), keyed
   * by their former ISO 3166-1 alpha-3 code: countries, not bodies a head word names ("Union").
   */
  historical: z.record(
    iso3,
    z.object({ name: text, aliases: z.array(text), demonyms: z.array(text).optional() }),
  ),
});

export const namedListSchema = z.array(
  z.object({
    name: text,
    aliases: z.array(text),
    partOf: text.optional(),
    /** A city: after "meeting … in", a venue, not what a clause is about. */
    city: z.literal(true).optional(),
    /** A capital: "Seoul's defense ministry" speaks of its country (metonymy). */
    capitalOf: iso3.optional(),
    /** A company or private foundation: its own stance clauses are its commitments (§7). */
    company: z.literal(true).optional(),
  }),
);

export const officialsSchema = z.object({
  /**
   * A person without a title holds no office ("Alexei Navalny", an opposition leader): the
   * country is theirs, but they speak for no government, so no REPRESENTS.
   */
  officials: z.array(
    z
      .object({
        name: text,
        aliases: z.array(text),
        title: text.optional(),
        /** The state it represents; absent for the head of an international body (organization). */
        country: iso3.optional(),
        /**
         * The international body it heads ("European Commission"): an attribute, no REPRESENTS, as
         * the gold treats NATO's Secretary General and the Commission's President.
         */
        organization: text.optional(),
        /** Its bare surname names this one person anywhere ("Putin’s war"), not only after a title. */
        standsAlone: z.boolean().optional(),
        /**
         * The term in the title (ISO dates; `to` absent while in office): a title and surname
         * ("President Macron", "Prime Minister Johnson") name this person only on a document
         * dated inside it. The full name names them at any date.
         */
        from: isoDate.optional(),
        to: isoDate.optional(),
      })
      .refine((official) => Boolean(official.country) !== Boolean(official.organization), {
        message: 'an official has either a country or an organization',
      })
      .refine((official) => !official.from || !official.to || official.from <= official.to, {
        message: 'a term ends after it starts',
      })
      .refine((official) => !official.from || Boolean(official.title), {
        message: 'a dated term is a term in a title: give the title',
      }),
  ),
  /**
   * The White House's own offices and who held them when: a release names its own President,
   * Vice President or First Lady by office alone ("the President’s recent announcement", "hosted
   * him and the First Lady"), and the gold declares the holder of the document's date (gold
   * 2021-09-21, 2022-09-14). `holder` is an official's `name` above.
   */
  homeOffices: z
    .array(
      z.object({
        office: text,
        holder: text,
        from: isoDate.optional(),
        to: isoDate.optional(),
        /**
         * Only in a document that names this office's holder too: the gold declares "the
         * President" of a Vice President's readout, but not the spokespeople's "The President
         * and his national security team are assessing …" (eight DPRK statements).
         */
        beside: text.optional(),
        /**
         * Words after the office that make it stand for the office's staff, not the holder: the
         * spokespeople's "The President and his national security team are assessing …" (eight
         * DPRK statements leave it undeclared), where the bare "The President has been briefed"
         * or "As the President recently discussed" is the holder (gold 2022-11-17, 2023-03-26).
         */
        staffPhrases: z.array(text).optional(),
      }),
    )
    .optional(),
  /**
   * Words that make a longer title a lower office ("Vice President", "Deputy Prime Minister",
   * "former President"): a title so prefixed names no one dated under the bare title.
   */
  lesserRanks: z.array(text),
});

/** The topic thesaurus: one concept per topic (SKOS-like prefLabel / altLabel / broader). */
export const thesaurusSchema = z
  .object({
    concepts: z.array(
      z.object({
        label: text,
        altLabels: z.array(text),
        broader: text.optional(),
        eurovoc: z.string().regex(/^\d+$/, 'must be a EuroVoc concept number').optional(),
        /** Names of regions the label holds that a clause naming the topic is not about. */
        absorbs: z.array(text).optional(),
      }),
    ),
  })
  .superRefine((thesaurus, ctx) => {
    const owner = new Map<string, number>();
    thesaurus.concepts.forEach((concept, i) => {
      for (const label of [concept.label, ...concept.altLabels]) {
        const key = label.toLowerCase();
        const other = owner.get(key);
        if (other !== undefined && other !== i)
          ctx.addIssue({
            code: 'custom',
            path: ['concepts', i],
            message: `"${label}" already belongs to concept ${other} (${thesaurus.concepts[other]!.label})`,
          });
        owner.set(key, i);
      }
    });
  });

/**
 * The topics the gold has named in several documents (data/lexicon/topics-gold.json), generated
 * by `npm run gold:topics`: each concept keeps the gold files it came from, so the evaluation can
 * withhold a document's own contribution (leave-one-out) and the figures stay honest.
 */
export const goldTopicsSchema = z.object({
  minFiles: z.number().int().min(1),
  /** The least share of gold files holding its words that also name it a topic. */
  minPrecision: z.number().min(0).max(1),
  concepts: z.array(
    z.object({
      label: text,
      altLabels: z.array(text),
      files: z.array(text).min(1),
      /** The files declaring each alias-born altLabel (leave-one-out per wording). */
      aliasFiles: z.record(z.string(), z.array(text)).default({}),
      unannotated: z.array(text),
    }),
  ),
});

/** The generated gazetteer (data/lexicon/places.json, `npm run data:places`). */
export const placesSchema = z.object({
  cities: z.array(text),
  regions: z.array(text),
});
