/**
 * "The leaders reiterated that we will continue high-level engagement on …", "affirmed they would
 * review …", "discussed their shared concerns about …": a commitment whose object is the next
 * commitment of its sentence (an undertaking of the speakers themselves, or a stance right after
 * the trigger, with no word between) is about what that commitment is about; the gold annotates one stance
 * over the whole clause, or both with the same `about` (data/rules/complement-about.json says
 * which shapes and why). So is a commitment whose purpose "to support X" the extractor split off
 * ("will provide $10 million to support X"): the gold folds what is given to support X into one.
 * Runs after topics are derived, so the inner clause's topics come along.
 */

import { z } from 'zod';
import type { Commitment } from '../contract/extraction';
import complementJson from '../data/rules/complement-about.json';
import { caseless } from './letters';
import { parseRules } from './rules/load';
import { alternation } from './rules/titles';

const words = z.array(z.string().min(1)).min(1);

const RULES = parseRules(
  'rules/complement-about.json',
  z.object({
    selfSubjects: words,
    modals: words,
    sharedObjectFillers: words,
    purposeVerbs: words,
    purposeCatenatives: words,
  }),
  complementJson,
);

/**
 * The words between the outer trigger and the inner one: "that we will", " they would " (the
 * text is normalised to one space between words, so a listed phrase matches as written).
 */
const SELF_COMPLEMENT = new RegExp(
  caseless(
    `^\\s*(?:that\\s+)?(?:${alternation(RULES.selfSubjects)})(?:\\s+(?:${alternation(RULES.modals)}))?\\s*$`,
  ),
  'i',
);

/** "welcome and support …", "fully endorse and will stand behind …": one object for both verbs. */
const SHARED_OBJECT = new RegExp(
  caseless(`^\\s*,?\\s*and\\s+(?:(?:${alternation(RULES.sharedObjectFillers)})\\s+(?:to\\s+)?)*$`),
  'i',
);

/**
 * "will provide $10 million to support …", "stand ready to leverage … tools to support …": a
 * purpose "to" right before the inner trigger, not a coordinated second purpose ("… and to
 * support …", ", to support", "or to support"), which the gold keeps as a commitment of its own.
 */
const PURPOSE_GAP = /\S(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])or|,)\s+to\s*$/i;
const PURPOSE_VERB = new RegExp(caseless(`^(?:${alternation(RULES.purposeVerbs)})$`), 'i');
/** "… and continues to support", "begin to support": the verb's complement, not a purpose. */
const CATENATIVE_GAP = new RegExp(
  caseless(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(RULES.purposeCatenatives)})\\s+to\\s*$`),
  'i',
);

/** Whether the inner commitment is the purpose of what the outer one gives or does (one undertaking in the gold). */
function isPurpose(gap: string, innerTrigger: string): boolean {
  return (
    PURPOSE_VERB.test(innerTrigger) &&
    !gap.includes(';') &&
    PURPOSE_GAP.test(gap) &&
    !CATENATIVE_GAP.test(gap)
  );
}

/**
 * Whether the words between two triggers make the second commitment what the first states: a
 * complement with the speakers as subject, two verbs joined over one object, or no word between
 * the triggers at all ("discussed their shared concerns about …", "will each work to …"): the
 * outer stance has no object of its own.
 */
function isComplement(gap: string): boolean {
  return gap.trim() === '' || SELF_COMPLEMENT.test(gap) || SHARED_OBJECT.test(gap);
}

export function resolveComplementAbout(commitments: readonly Commitment[]): void {
  // Later pairs first: in "reiterated that we will continue to say that …" the middle clause
  // has taken the last one's items before the first takes the middle one's.
  for (let k = commitments.length - 2; k >= 0; k--) {
    const outer = commitments[k]!;
    const inner = commitments[k + 1]!;
    if (outer.sentenceId !== inner.sentenceId) continue;
    const from = outer.text.indexOf(outer.trigger);
    const to = from < 0 ? -1 : outer.text.indexOf(inner.trigger, from + outer.trigger.length);
    if (to < 0) continue;
    const gap = outer.text.slice(from + outer.trigger.length, to);
    if (!isComplement(gap) && !isPurpose(gap, inner.trigger)) continue;
    for (const id of inner.about)
      if (!outer.about.includes(id) && !outer.actors.includes(id)) outer.about.push(id);
  }
}
