/**
 * The words that decide whether a coordinated subject's last conjunct is an unread noun phrase
 * (data/rules/coordinated-subjects.json), validated once at load (commitments/coordinatedSubject.ts).
 */
import { z } from 'zod';
import coordinatedSubjectsJson from '../../data/rules/coordinated-subjects.json';
import { parseRules } from './load';

// ASCII on purpose: the lists hold English function words and nouns, compared lowercased.
const Words = z.array(z.string().regex(/^[a-z]+$/, 'one lowercase word')).min(1);
// ASCII on purpose: English words, one space between.
const Phrases = z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'lowercase words')).min(1);

const schema = z.object({
  clauseWords: Words,
  auxiliaries: Words,
  counterpartHeads: Phrases,
  objectWords: Words,
  frontedOpeners: Phrases,
  pronouns: Words,
  innerWords: Words,
  openingAdverbs: Words,
});

/** Every list of the file as a set. */
export type CoordinatedSubjectRules = {
  readonly [K in keyof z.infer<typeof schema>]: ReadonlySet<string>;
};

/** Validates a coordinated-subject rule file (the default is data/rules/coordinated-subjects.json). */
export function loadCoordinatedSubjects(
  json: unknown = coordinatedSubjectsJson,
): CoordinatedSubjectRules {
  const rules = parseRules('rules/coordinated-subjects.json', schema, json);
  const sets: { [K in keyof typeof rules]?: ReadonlySet<string> } = {};
  for (const key of Object.keys(rules) as (keyof typeof rules)[]) sets[key] = new Set(rules[key]);
  return sets as CoordinatedSubjectRules;
}

export const COORDINATED_SUBJECTS = loadCoordinatedSubjects();
