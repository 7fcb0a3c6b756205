/**
 * Whether the one word before "and" in "X and Y H" (H a shared head, data/rules sharedHeads) heads
 * a phrase of its own rather than modifying H. "military and intelligence capabilities",
 * "economic and humanitarian assistance": modifiers, H is distributed. "training and technical
 * assistance", "deterrence and response capabilities", "resettlement and humanitarian
 * assistance": the left word is a thing of its own (the gold names "training", "deterrence",
 * "resettlement"), and only the right conjunct has the head. Decided by the tagger and the
 * thesaurus, not by word lists: a word tagged as an adjective modifies; an -ing noun (a gerund:
 * "training", "funding") or a derived abstract noun the thesaurus knows alone names an activity
 * or concept that stands bare; any other noun ("production and delivery capabilities", "trade and
 * investment ties") is a noun adjunct.
 */
import type { TaggedTerm } from '../entities/tagger';

/** The tagger's tags of a word of the phrase, when it is one of the sentence's terms. */
export type WordTags = (word: string) => ReadonlySet<string> | undefined;

/** The tags of the terms inside `span` (sentence-relative), looked up by their text. */
export function wordTags(
  terms: readonly TaggedTerm[],
  span: { start: number; end: number },
): WordTags {
  return (word) =>
    terms.find((term) => term.start >= span.start && term.end <= span.end && term.text === word)
      ?.tags;
}

/**
 * Whether `left` (the words before "and") is one lowercase noun that stands on its own. An
 * acronym ("WMD and ballistic missile programs") or a capitalised word is a modifier as written.
 * Without tags (a phrase not read from a sentence) nothing stands alone: the head is shared as
 * before.
 */
export function standsAlone(
  left: readonly string[],
  known: ((phrase: string) => boolean) | undefined,
  tagsOf: WordTags | undefined,
): boolean {
  if (left.length !== 1 || !tagsOf) return false;
  const word = left[0]!;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  const tags = tagsOf(word);
  if (!tags || tags.has('Adjective')) return false;
  if (tags.has('Gerund')) return true;
  // A derived abstract noun ("deterrence", "resettlement", "diplomacy", "terrorism") names an
  // activity or state of its own; a bare root the thesaurus knows too ("trade", "cyber",
  // "space") is as often a domain modifying the head ("trade and investment ties", "cyber and
  // hybrid threats"), so it shares the head as before.
  return tags.has('Noun') && NOMINAL.test(word) && known?.(word) === true;
}

/** Endings of nouns derived from verbs and adjectives (deterrence, resettlement, diplomacy). */
const NOMINAL = /(?:ence|ance|ment|acy|ism|ity|ion)$/;
