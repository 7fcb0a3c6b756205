/**
 * "we, alongside our allies and partners, oppose …", "will respond, together with its Allies and
 * partners", "agreed to consult with regional partners": acting together with a group of partners
 * named only by its kind is what the gold names `coordination with allies and partners` or
 * `coordination with regional partners` (data/rules/partner-coordination.json says which
 * prepositions, groups and governing words, and why). The group alone is no topic; after other
 * prepositions ("commitment to allies and partners") it is not a way of acting.
 */

import { z } from 'zod';
import partnerJson from '../../data/rules/partner-coordination.json';
import { entityIdFor } from '../entities/candidateAt';
import { entityHit } from '../entities/hit';
import { overlapsAny, placeHit } from '../entities/placeHit';
import { caseless } from '../letters';
import type { Lexicon } from '../lexicon';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { conceptFor } from './thesaurus';

const words = z.array(z.string().min(1));

const RULES = parseRules(
  'rules/partner-coordination.json',
  z.object({
    frames: z.array(
      z.object({
        concept: z.string().min(1),
        governors: words,
        prepositions: words.min(1),
        modifiers: words,
        namePair: z.boolean(),
        groups: words.min(1),
      }),
    ),
  }),
  partnerJson,
);

/** Two capitalised words joined by "and" before the group: "the Palestinian and American peoples". */
const NAME_PAIR = '(?<pair>[\\p{L}-]+ and [\\p{L}-]+ )?';

/** Both words of a name pair capitalised (the pattern is case-insensitive for its word lists). */
const CAPITALISED_PAIR = /^\p{Lu}\S* and \p{Lu}/u;

/**
 * Each frame compiled once: a governing word where the frame asks for one (a prefix, so
 * "consult" covers "consultations"), the preposition, at most three modifiers, the group. The
 * span from the preposition on is the hit, so a commitment whose words hold the preposition
 * holds the topic. Case-insensitive for the words ("Allies and partners"), so the name pair's
 * capitals are checked after the match.
 */
const FRAMES = RULES.frames.map((frame) => ({
  concept: frame.concept,
  cue: frame.groups.map((group) => group.split(' ').at(-1)!),
  pattern: new RegExp(
    caseless(
      (frame.governors.length
        ? `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(frame.governors)})\\p{Ll}* `
        : '(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))') +
        `(?<phrase>(?:${alternation(frame.prepositions)}) ` +
        (frame.modifiers.length ? `(?:(?:${alternation(frame.modifiers)}) ){0,3}` : '') +
        (frame.namePair ? NAME_PAIR : '') +
        `(?:${alternation(frame.groups)}))(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
    ),
    'gi',
  ),
}));

/** Adds a Topic hit named after the frame's concept over each group a frame finds. */
export function findPartnerCoordination(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const ids = FRAMES.map(
    (frame) => conceptFor(lexicon, frame.concept) ?? entityIdFor('Topic', frame.concept),
  );
  for (const sentence of sentences) {
    const lower = sentence.text.toLowerCase();
    for (const [i, frame] of FRAMES.entries()) {
      // Only a sentence with a group's last word can match (most have none).
      if (!frame.cue.some((cue) => lower.includes(cue))) continue;
      const hits = hitsBySentence.get(sentence.index) ?? [];
      frame.pattern.lastIndex = 0;
      for (let m = frame.pattern.exec(sentence.text); m; m = frame.pattern.exec(sentence.text)) {
        const phrase = m.groups?.phrase ?? '';
        const pair = m.groups?.pair ?? '';
        if (pair && !CAPITALISED_PAIR.test(pair)) continue;
        const start = sentence.start + m.index + m[0].length - phrase.length;
        const end = start + phrase.length;
        // The pair's words ("Palestinian", "American") say whose peoples: modifiers of the
        // group, not entities of their own; any other hit over the span keeps it.
        const pairEnd = end - m[0].length + m[0].lastIndexOf(pair) + pair.length;
        const pairStart = pairEnd - pair.length;
        const inPair = (hit: EntityHit) =>
          pair !== '' && hit.start >= pairStart && hit.end <= pairEnd;
        if (overlapsAny(hits, start, end, (hit) => !inPair(hit))) continue;
        const hit = entityHit(ids[i]!, 'Topic', start, end, phrase, frame.concept);
        placeHit(hitsBySentence, sentence.index, hits, hit, inPair);
      }
    }
  }
}
