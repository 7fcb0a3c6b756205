/**
 * "We highlight Myanmar's commitment to the Five-Point Consensus": a stance noun owned by a country
 * that is not among the speakers is what they recognize, not an undertaking of their own. A frame
 * with a named possessor ({OWNER} in data/rules/stances.json) binds the speakers only when the
 * possessor is their own side ("the United States' commitment" said by President Biden).
 */

import { verbOnly } from '../commitmentVerb';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';

/** A country named right before an apostrophe inside the trigger phrase. */
function possessorCountries(trigger: Trigger, hits: EntityHit[], sentence: SegmentedSentence) {
  return hits.filter((hit) => {
    const from = hit.start - sentence.start;
    const to = hit.end - sentence.start;
    return (
      hit.type === 'Country' &&
      from >= trigger.start &&
      to < trigger.end &&
      /^[’']/.test(sentence.text.slice(to, to + 1))
    );
  });
}

/**
 * The trigger as the speakers take it: cut back to its verb (or dropped: undefined) when the
 * phrase's possessor is a country other than their own.
 */
export function ownPossession(
  trigger: Trigger,
  own: ReadonlySet<string>,
  hits: EntityHit[],
  sentence: SegmentedSentence,
): Trigger | undefined {
  const owners = possessorCountries(trigger, hits, sentence);
  if (owners.length === 0 || owners.some((hit) => own.has(hit.entityId))) return trigger;
  return verbOnly(trigger);
}
