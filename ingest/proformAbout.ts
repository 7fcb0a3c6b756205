/**
 * "… reiterate our intention to convene the GEAC …, and look forward to further strengthening
 * it", "… maintain open and transparent markets, and call on others to do likewise": a clause
 * whose object is a pro-form is about what the clause before it in the same sentence was about
 * (gold conventions §4 Anaphora; counts in data/rules/proform-about.json).
 *
 * A pass over the finished extraction, after the learnt topic selector: the clause before is
 * often about topics only the selector names ("developing principles", "open and transparent
 * markets"), so the pro-form must see them.
 */
import { z } from 'zod';
import type { Commitment, Extraction } from '../contract/extraction';
import proformJson from '../data/rules/proform-about.json';
import { parseRules } from './rules/load';
import { alternation } from './rules/titles';

// Lowercase, one space between words: the pattern below matches them without regard to case.
const word = z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u, 'lowercase words, one space between');

const RULES = parseRules(
  'rules/proform-about.json',
  z.object({
    proforms: z.array(word).min(1),
    followers: z.array(word),
    notAfter: z.array(word),
  }),
  proformJson,
);

const EDGE_BEFORE = '(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';
const EDGE_AFTER = '(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';

/**
 * A pro-form in object position: at the end of its clause, before punctuation, or before a word
 * that may follow an object ("discuss them further", "work in and alongside them to …"); not
 * after a word that makes it the object of something else ("with it").
 */
const PROFORM = new RegExp(
  `${EDGE_BEFORE}(?<!${EDGE_BEFORE}(?:${alternation(RULES.notAfter)})\\s+)(?:${alternation(RULES.proforms)})` +
    `(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:${alternation(RULES.followers)})${EDGE_AFTER})`,
  'i',
);

/** The words of `commitment`'s clause: after its trigger, up to the next commitment's trigger. */
export function clauseAfterTrigger(commitment: Commitment, next: Commitment | undefined): string {
  const at = commitment.text.indexOf(commitment.trigger);
  const from = Math.max(0, at) + commitment.trigger.length;
  const nextAt =
    next && next.sentenceId === commitment.sentenceId
      ? commitment.text.indexOf(next.trigger, from)
      : -1;
  return commitment.text.slice(from, nextAt >= from ? nextAt : undefined);
}

/** Whether the clause of `commitment` has a pro-form as its object. */
function hasProformObject(commitment: Commitment, next: Commitment | undefined): boolean {
  return PROFORM.test(clauseAfterTrigger(commitment, next));
}

/**
 * The extraction with each pro-form clause's `about` extended by the clause before it (same
 * sentence): its about, less who speaks in either clause and whom this one targets.
 */
export function resolveProformAbout(extraction: Extraction): Extraction {
  const { commitments } = extraction;
  let changed: Commitment[] | undefined;
  for (let k = 1; k < commitments.length; k++) {
    const commitment = commitments[k]!;
    const previous = commitments[k - 1]!;
    if (previous.sentenceId !== commitment.sentenceId) continue;
    if (!hasProformObject(commitment, commitments[k + 1])) continue;
    const skip = new Set([
      ...commitment.about,
      ...(commitment.implicitAbout ?? []),
      ...commitment.actors,
      ...commitment.targets,
      ...previous.actors,
    ]);
    const carried = previous.about.filter((id) => !skip.has(id));
    if (carried.length === 0) continue;
    changed ??= [...commitments];
    changed[k] = { ...commitment, about: [...commitment.about, ...carried] };
  }
  return changed ? { ...extraction, commitments: changed } : extraction;
}
