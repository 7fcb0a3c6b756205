/**
 * "advance these negotiations", "held high-level consultations on the Indo-Pacific": the bare
 * talk noun there is the clause's frame, not what it is about. It points back at talks already
 * named, or says that talks took place; the gold names what they were on (or the named talks),
 * never the bare noun (data/rules/talk-frames.json says which words and why). The thesaurus
 * still names the talks elsewhere ("call on the DPRK to return to negotiations").
 */

import { z } from 'zod';
import talkJson from '../../data/rules/talk-frames.json';
import { caseless } from '../letters';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';

const lower = z.array(
  z
    .string()
    .min(1)
    .refine((word) => word === word.toLowerCase(), 'must be lowercase'),
);

const RULES = parseRules(
  'rules/talk-frames.json',
  z.object({ heads: lower.min(1), pointBack: lower, pastActs: lower }),
  talkJson,
);

const HEADS = new Set(RULES.heads);
/** The words right before the talk noun: a demonstrative, or a past act and up to three words. */
const BEFORE = new RegExp(
  caseless(
    String.raw`(?:(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(RULES.pointBack)})|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(RULES.pastActs)})(?: [\p{L}-]+){0,3})\s+$`,
  ),
  'i',
);
/** How far back `BEFORE` can reach: a verb and three words. */
const REACH = 80;

function framed(sentence: SegmentedSentence, hit: EntityHit): boolean {
  if (hit.type !== 'Topic' || !HEADS.has(hit.text.toLowerCase())) return false;
  const at = hit.start - sentence.start;
  return BEFORE.test(sentence.text.slice(Math.max(0, at - REACH), at));
}

/** Drops each bare talk-noun Topic hit that frames its clause (see the module comment). */
export function dropTalkFrames(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index);
    if (!hits?.some((hit) => hit.type === 'Topic' && HEADS.has(hit.text.toLowerCase()))) continue;
    hitsBySentence.set(
      sentence.index,
      hits.filter((hit) => !framed(sentence, hit)),
    );
  }
}
