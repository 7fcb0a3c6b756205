/**
 * Word tests of the topic quality floor (quality.ts), as module functions rather than closures
 * inside its functions: those run for every candidate phrase, and a named closure is built (and
 * named) on every call.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { PREPOSITION } from './coordination';

/** Whether the words from `from` on open with a kept modifier ("mutual defense"). */
export function keptFrom(words: string[], from: number): boolean {
  const rest = words.slice(from).join(' ').toLowerCase();
  return Q.keepModifiers.some((keep) => rest.startsWith(keep));
}

/** A word that says nothing as a complement ("cooperation in the region"). */
export function vacuousComplement(word: string): boolean {
  return (
    Q.vacuousComplements.has(word.toLowerCase()) ||
    Q.vacuousHeads.has(word.toLowerCase()) ||
    Q.weakModifiers.has(word.toLowerCase())
  );
}

/** A name, or a word vacuous alone; a weak modifier unless a scope modifier opens the phrase. */
export function vacuousContent(word: string, i: number): boolean {
  return (
    /^[A-Z]/.test(word) ||
    Q.vacuousAlone.has(word.toLowerCase()) ||
    (Q.weakModifiers.has(word.toLowerCase()) && !(i === 0 && Q.scopeModifiers.has(word)))
  );
}

/** "of its allies": a possessive pronoun after a preposition. */
export function ownPronounAt(words: string[], i: number): boolean {
  return /^(?:its|their|our)$/i.test(words[i] ?? '') && PREPOSITION.test(words[i - 1] ?? '');
}
