/**
 * The words that decide whether a coordinated subject's last conjunct is an unread noun phrase
 * (data/rules/coordinated-subjects.json), validated once at load (commitments/coordinatedSubject.ts).
 */
import { z } from 'zod';
import coordinatedSubjectsJson from '../../data/rules/coordinated-subjects.json';
import { parseRules } from './load';

// ASCII on purpose: the lists hold English function words and nouns, compared lowercased.
const Words = z.array(z.string().regex(/^[a-z]+$/, 'one lowercase word')).min(1);

const schema = z.object({
  clauseWords: Words,
  auxiliaries: Words,
  // ASCII on purpose: English nouns, one space between.
  counterpartHeads: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'lowercase words')).min(1),
  objectWords: Words,
  // ASCII on purpose: English words, one space between.
  frontedOpeners: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'lowercase words')).min(1),
  pronouns: Words,
  innerWords: Words,
  openingAdverbs: Words,
});

export interface CoordinatedSubjectRules {
  clauseWords: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  counterpartHeads: ReadonlySet<string>;
  objectWords: ReadonlySet<string>;
  frontedOpeners: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  innerWords: ReadonlySet<string>;
  openingAdverbs: ReadonlySet<string>;
}

/** Validates a coordinated-subject rule file (the default is data/rules/coordinated-subjects.json). */
export function loadCoordinatedSubjects(
  json: unknown = coordinatedSubjectsJson,
): CoordinatedSubjectRules {
  const rules = parseRules('rules/coordinated-subjects.json', schema, json);
  return {
    clauseWords: new Set(rules.clauseWords),
    auxiliaries: new Set(rules.auxiliaries),
    counterpartHeads: new Set(rules.counterpartHeads),
    objectWords: new Set(rules.objectWords),
    frontedOpeners: new Set(rules.frontedOpeners),
    pronouns: new Set(rules.pronouns),
    innerWords: new Set(rules.innerWords),
    openingAdverbs: new Set(rules.openingAdverbs),
  };
}

export const COORDINATED_SUBJECTS = loadCoordinatedSubjects();
