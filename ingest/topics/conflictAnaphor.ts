/**
 * "the war", "the conflict", "holding Russia accountable for its aggression": a war the statement
 * names only by a generic anaphor is the concept the gold names it by, `Russia's war of
 * aggression against Ukraine` from 24 February 2022 on, `Israel-Hamas conflict` from 7 October
 * 2023 (data/rules/conflict-anaphors.json says which statements, anaphors and owners, and why).
 * The thesaurus's bare `conflict` under the anaphor gives way to the resolved concept.
 */
import { z } from 'zod';
import conflictJson from '../../data/rules/conflict-anaphors.json';
import { entityIdFor } from '../entities/candidateAt';
import { entityHit } from '../entities/hit';
import { overlapsAny, placeHit } from '../entities/placeHit';
import type { Lexicon } from '../lexicon';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { conceptFor } from './thesaurus';

const words = z.array(z.string().min(1));

const RULES = parseRules(
  'rules/conflict-anaphors.json',
  z.object({
    notBefore: words,
    notAfterPossessed: words,
    conflicts: z.array(
      z.object({
        concept: z.string().min(1),
        from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        parties: z.array(words.min(1)).min(1),
        anaphors: words,
        owner: z.string().min(1),
        owned: words,
        possessors: words,
        possessed: words,
      }),
    ),
  }),
  conflictJson,
);

/** What opens a complement naming another war ("the war in Sudan"): no anaphor then. */
const NOT_BEFORE = new RegExp(`^ (?:${alternation(RULES.notBefore)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'i');

/** What makes a possessed form something of the war's ("Russia’s war machine"): no anaphor then. */
const NOT_AFTER_POSSESSED = new RegExp(
  `^ (?:${alternation(RULES.notAfterPossessed)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);

const CONFLICTS = RULES.conflicts.map((conflict) => ({
  ...conflict,
  anaphor: conflict.anaphors.length
    ? new RegExp(
        `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(conflict.anaphors)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
        'gi',
      )
    : undefined,
  ownedForm: conflict.owned.length
    ? new RegExp(
        `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(conflict.owned)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
        'gi',
      )
    : undefined,
  // "’s war" right after a possessor's name: the possessed words are group 1.
  possessedForm: conflict.possessed.length
    ? new RegExp(`^[’']s\\s+(${alternation(conflict.possessed)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'i')
    : undefined,
}));

/** Adds a Topic hit of the resolved concept over each anaphor of a war the statement is about. */
export function findConflictAnaphors(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  date: string | undefined,
): void {
  if (!date) return;
  const named = new Set<string>();
  for (const hits of hitsBySentence.values()) for (const hit of hits) named.add(hit.entityId);
  const applies = CONFLICTS.filter(
    (conflict) =>
      date >= conflict.from && conflict.parties.every((group) => group.some((id) => named.has(id))),
  );
  for (const conflict of applies) {
    const id = conceptFor(lexicon, conflict.concept) ?? entityIdFor('Topic', conflict.concept);
    for (const sentence of sentences) {
      const hits = hitsBySentence.get(sentence.index) ?? [];
      const add = (start: number, end: number) => {
        const inside = (hit: EntityHit) =>
          hit.type === 'Topic' && hit.start >= start && hit.end <= end;
        // "seeking to expand the conflict", "prevent the conflict from spreading": a concept about
        // the war ("expansion of the conflict") holds the anaphor's noun, and the war is a topic
        // of the clause as well.
        const around = (hit: EntityHit) =>
          hit.type === 'Topic' && hit.start < end && hit.end >= end && !inside(hit);
        if (overlapsAny(hits, start, end, (hit) => !inside(hit) && !around(hit))) return;
        const surface = sentence.text.slice(start - sentence.start, end - sentence.start);
        const hit = entityHit(id, 'Topic', start, end, surface, conflict.concept);
        placeHit(hitsBySentence, sentence.index, hits, hit, inside);
      };
      // "the war" is this conflict's only where no other applies to the statement.
      if (conflict.anaphor && applies.length === 1) {
        conflict.anaphor.lastIndex = 0;
        for (
          let m = conflict.anaphor.exec(sentence.text);
          m;
          m = conflict.anaphor.exec(sentence.text)
        ) {
          if (NOT_BEFORE.test(sentence.text.slice(m.index + m[0].length))) continue;
          add(sentence.start + m.index, sentence.start + m.index + m[0].length);
        }
      }
      // "its aggression" is the owner's when the owner is named before it in the sentence.
      if (conflict.ownedForm) {
        conflict.ownedForm.lastIndex = 0;
        for (
          let m = conflict.ownedForm.exec(sentence.text);
          m;
          m = conflict.ownedForm.exec(sentence.text)
        ) {
          const at = sentence.start + m.index;
          if (!hits.some((hit) => hit.entityId === conflict.owner && hit.end <= at)) continue;
          add(at, at + m[0].length);
        }
      }
      // "support Russia’s war", "President Putin’s war": the words after the possessor's name
      // (which stays its own mention) are the war.
      const possessed = conflict.possessedForm;
      if (possessed) {
        for (const owner of hits.filter((hit) => conflict.possessors.includes(hit.entityId))) {
          const after = sentence.text.slice(owner.end - sentence.start);
          const m = possessed.exec(after);
          if (!m) continue;
          const rest = after.slice(m[0].length);
          if (NOT_BEFORE.test(rest) || NOT_AFTER_POSSESSED.test(rest)) continue;
          const end = owner.end + m[0].length;
          add(end - m[1]!.length, end);
        }
      }
    }
  }
}
