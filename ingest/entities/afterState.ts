/**
 * The finders that name a thing by the state before it ("Iran and its proxies", "Sweden’s
 * accession protocols", "the Russian military") all walk the sentence's Country candidates and
 * test a pattern on the words right after each: one walk, so the owner is always a state the
 * lexicon found, never guessed.
 */
import type { Candidate } from './matchLexicon';

export interface StateFollowed {
  state: Candidate;
  /** The state as the text writes it. */
  owner: string;
  /** `pattern` matched on the `width` characters after the state. */
  after: RegExpExecArray;
}

/** Each Country candidate of the sentence whose next `width` characters match `pattern`. */
export function* statesFollowedBy(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
  pattern: RegExp,
  width: number,
): Generator<StateFollowed> {
  for (const state of lexical) {
    if (state.type !== 'Country') continue;
    const after = pattern.exec(text.slice(state.end - offset, state.end - offset + width));
    if (after) yield { state, owner: text.slice(state.start - offset, state.end - offset), after };
  }
}
