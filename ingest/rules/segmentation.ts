/**
 * The segmenter's vocabulary (data/rules/segmentation.json), validated once: the abbreviations
 * whose full stop ends no sentence, those that close a name and so may, and the closed-class words
 * that open a sentence after an initialism ("… in Washington, D.C. As we …").
 */
import { z } from 'zod';
import segmentationJson from '../../data/rules/segmentation.json';
import { parseRules } from './load';

const schema = z
  .object({
    // Lowercased, without the final full stop; inner ones kept ("e.g", "i.e").
    abbreviations: z.array(
      z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+(?:\.[a-zß-öø-ɏḀ-ỿ]+)*$/, 'lowercase, no final full stop'),
    ),
    nameFinalAbbreviations: z.array(
      z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'lowercase letters only'),
    ),
    // Capitalised as they open a sentence: the test is case-sensitive ("As" opens, "AS" is a name).
    sentenceOpeners: z.array(
      z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]*$/, 'one capitalised word'),
    ),
    // Plural nouns that open a sentence unless a possessive follows ("ASEAN-U.S. Leaders' Statement").
    openersUnlessPossessive: z.array(
      z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+$/, 'one capitalised word'),
    ),
    // Lowercase words before a colon that announces items: the colon ends the lead-in sentence.
    leadInColons: z.array(
      z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+(?: [a-zß-öø-ɏḀ-ỿ]+)*$/, 'lowercase words'),
    ),
    // Initialisms that close a place name ("Washington, D.C."), each with the titles that place
    // has no holder of: before one of them and a name the initialism ended the sentence ("… in
    // Washington, D.C. President Biden highly valued …"), where "D.C. Mayor" stays one name.
    placeFinalInitialisms: z.record(
      z
        .string()
        .regex(/^(?:[a-zß-öø-ɏḀ-ỿ]\.)+[a-zß-öø-ɏḀ-ỿ]$/, 'a lowercase initialism, no final stop'),
      z.array(
        z
          .string()
          .regex(
            /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)*$/,
            'capitalised words',
          ),
      ),
    ),
  })
  .refine(
    (rules) => rules.nameFinalAbbreviations.every((word) => rules.abbreviations.includes(word)),
    'every name-final abbreviation must be one of the abbreviations',
  );

export const SEGMENTATION = parseRules('rules/segmentation.json', schema, segmentationJson);
