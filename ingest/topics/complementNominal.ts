/**
 * "hold Russia accountable", "held to account": a verb whose object is followed by a predicative
 * complement names the complement's noun as the topic ("accountability"), the object being what
 * the frame is applied to, not what it is about (data/rules/complement-nominals.json says which
 * frames, and why). The hit covers the complement only, so the object keeps its own hit.
 */

import { z } from 'zod';
import complementJson from '../../data/rules/complement-nominals.json';
import { entityIdFor } from '../entities/candidateAt';
import { entityHit } from '../entities/hit';
import { overlapsAny, placeHit } from '../entities/placeHit';
import { caseless } from '../letters';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';

const words = z.array(z.string().min(1));

const RULES = parseRules(
  'rules/complement-nominals.json',
  z.object({
    frames: z.array(
      z.object({ verbs: words, complements: words, degree: words, nominal: z.string().min(1) }),
    ),
  }),
  complementJson,
);

/**
 * Each frame compiled once: the verb, an object of at most six words without a clause break,
 * an optional degree adverb, then the complement (captured, it is the hit).
 */
const FRAMES = RULES.frames.map((frame) => ({
  nominal: frame.nominal,
  cue: frame.complements.map((complement) => complement.split(' ').at(-1)!),
  pattern: new RegExp(
    caseless(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(frame.verbs)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?: [^\\s.;:,]+){0,6}? (?:(?:${alternation(frame.degree)}) )?` +
        `(?<complement>${alternation(frame.complements)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
    ),
    'gi',
  ),
}));

/** Adds a Topic hit named after the frame's nominal over each complement a frame finds. */
export function findComplementNominals(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  for (const frame of FRAMES) {
    const id = entityIdFor('Topic', frame.nominal);
    for (const sentence of sentences) {
      // Only a sentence with the complement's last word can match (most have none).
      if (!frame.cue.some((cue) => sentence.text.includes(cue))) continue;
      const hits = hitsBySentence.get(sentence.index) ?? [];
      frame.pattern.lastIndex = 0;
      for (let m = frame.pattern.exec(sentence.text); m; m = frame.pattern.exec(sentence.text)) {
        const complement = m.groups?.complement ?? '';
        const start = sentence.start + m.index + m[0].length - complement.length;
        const end = start + complement.length;
        if (overlapsAny(hits, start, end)) continue;
        const hit = entityHit(id, 'Topic', start, end, complement, frame.nominal);
        placeHit(hitsBySentence, sentence.index, hits, hit);
      }
    }
  }
}
