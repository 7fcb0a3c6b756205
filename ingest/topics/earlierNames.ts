/**
 * "Russian aggression" in a statement of January 2022: the thesaurus folds the words into the
 * war's concept, but before the war began the gold names the earlier state, `Russian aggression
 * in Ukraine` (data/rules/conflict-anaphors.json `earlierNames` says which concept, until when,
 * and why). Each hit of the concept in a statement dated before then is named so instead.
 */
import { z } from 'zod';
import conflictJson from '../../data/rules/conflict-anaphors.json';
import { entityIdFor } from '../entities/candidateAt';
import type { Lexicon } from '../lexicon';
import { parseRules } from '../rules/load';
import type { EntityHit } from '../types';
import { conceptFor } from './thesaurus';

const RULES = parseRules(
  'rules/conflict-anaphors.json',
  z.object({
    earlierNames: z.array(
      z.object({
        concept: z.string().min(1),
        before: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        name: z.string().min(1),
      }),
    ),
  }),
  conflictJson,
);

/** Renames each Topic hit of a concept named otherwise before its date (see the module comment). */
export function nameEarlierConcepts(
  lexicon: Lexicon,
  hitsBySentence: Map<number, EntityHit[]>,
  date: string | undefined,
): void {
  if (!date) return;
  for (const earlier of RULES.earlierNames) {
    if (date >= earlier.before) continue;
    const concept = conceptFor(lexicon, earlier.concept);
    if (concept === undefined) continue;
    const id = entityIdFor('Topic', earlier.name);
    for (const [index, hits] of hitsBySentence) {
      if (!hits.some((hit) => hit.entityId === concept)) continue;
      hitsBySentence.set(
        index,
        hits.map((hit) =>
          hit.entityId === concept && hit.type === 'Topic'
            ? { ...hit, entityId: id, name: earlier.name }
            : hit,
        ),
      );
    }
  }
}
