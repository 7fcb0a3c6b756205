/**
 * The text before a stance trigger, cut back to where its subject ends: whatever may stand
 * between a subject and its verb (an aside, an adverb, an auxiliary, a hedge, a defined acronym)
 * goes, so that every subject shape in resolveActors.ts can anchor at the end.
 */
import { mayEndIn, trimEnd } from '../endWords';
import {
  BETWEEN,
  BETWEEN_ENDS,
  CONTRACTED,
  DEFINED_ACRONYM,
  HEDGE,
  HEDGED_VERB,
  PROGRESSIVE_AUXILIARY,
  PROGRESSIVE_AUXILIARY_ENDS,
  SUFFIX_COMMA,
  THEIR_TEAMS,
  THEIR_TEAMS_ENDS,
} from '../subjectShapes';
import { TRAILING_ASIDE } from './namedList';

/**
 * The text before a trigger without what may stand between a subject and its verb (an aside,
 * an adverb, an auxiliary, a defined acronym), so that every subject shape ends at its end.
 */
export function beforeVerb(left: string, after: string): string {
  // "President Biden is directing his team to …": a progressive's auxiliary the trigger left out.
  const unaux =
    /^[a-zß-öø-ɏḀ-ỿ]+ing(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(after) &&
    mayEndIn(left, PROGRESSIVE_AUXILIARY_ENDS)
      ? left.replace(PROGRESSIVE_AUXILIARY, '')
      : left;
  // "I also want to thank …": the hedge before a speech act, then the adverbs before it.
  const unhedged = HEDGED_VERB.test(after) ? unaux.replace(HEDGE, '') : unaux;
  // "the three National Security Advisors (NSAs) reaffirmed": the acronym a subject defines
  // stands between it and its verb.
  // ("…, and Japan, with its partners, intend": an aside between the subject and its verb.)
  // (The end-anchored patterns are tried at every position of the text: `mayEndIn` and the
  // closing parenthesis first tell from its last word whether they can remove anything.)
  const trimmed = trimEnd(trimEnd(unhedged, BETWEEN, BETWEEN_ENDS), THEIR_TEAMS, THEIR_TEAMS_ENDS)
    .replace(TRAILING_ASIDE, '')
    .replace(CONTRACTED, '')
    .replace(SUFFIX_COMMA, '');
  const adverbless = trimEnd(trimmed, BETWEEN, BETWEEN_ENDS);
  return adverbless.endsWith(')') ? adverbless.replace(DEFINED_ACRONYM, '') : adverbless;
}
