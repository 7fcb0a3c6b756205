/**
 * Drops a topic's owner before the floor reads it (the speaker's possessive pronoun, a named
 * owner after a coordination's shared head); separate from quality.ts, which judges the words.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { DETERMINERS } from './namedObject';
import { ownPronounAt } from './qualityTests';

/**
 * "the defense of its Indo-Pacific allies": a possessive pronoun after a preposition points back
 * to the speaker; the topic is named without it ("defense of Indo-Pacific allies").
 */
export function withoutOwnPronoun(words: string[]): string[] {
  // "of our own people": "own" goes with the pronoun.
  return words.filter(
    (word, i) => !ownPronounAt(words, i) && !(word === 'own' && ownPronounAt(words, i - 1)),
  );
}

/**
 * "nuclear and ballistic missile programs of the DPRK": a named owner after a shared head of a
 * coordination is in the clause's about already; the coordination is what it owns.
 */
export function withoutOwner(words: string[]): string[] {
  const and = words.indexOf('and');
  if (and < 1) return words;
  const owned = words.findIndex(
    (word, i) =>
      i > and &&
      words[i + 1] === 'of' &&
      Q.sharedHeads.has(word.toLowerCase()) &&
      /^\p{Lu}/u.test(words.slice(i + 2).find((next) => !DETERMINERS.test(next)) ?? ''),
  );
  return owned > 0 ? words.slice(0, owned + 1) : words;
}
