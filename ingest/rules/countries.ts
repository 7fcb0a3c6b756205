/**
 * data/lexicon/countries.json, validated once at module load: the lexicon's additions to the base
 * country list (ingest/lexicon.ts) and the demonyms the topic rules read (ingest/topics/cutAdjective.ts).
 */
import countriesJson from '../../data/lexicon/countries.json';
import { countriesSchema } from './lexiconSchemas';
import { parseRules } from './load';

export const COUNTRIES = parseRules('lexicon/countries.json', countriesSchema, countriesJson);
