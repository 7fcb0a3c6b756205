/**
 * Word tests of the topic quality floor (quality.ts), as module functions rather than closures
 * inside its functions: those run for every candidate phrase, and a named closure is built (and
 * named) on every call.
 */
import { NAME_RULES } from '../rules/names';
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
    /^\p{Lu}/u.test(word) ||
    Q.vacuousAlone.has(word.toLowerCase()) ||
    (Q.weakModifiers.has(word.toLowerCase()) && !(i === 0 && Q.scopeModifiers.has(word)))
  );
}

/** "of its allies": a possessive pronoun after a preposition. */
export function ownPronounAt(words: string[], i: number): boolean {
  return /^(?:its|their|our)$/i.test(words[i] ?? '') && PREPOSITION.test(words[i - 1] ?? '');
}

/**
 * "Artemis program", "Cancer Moonshot initiative": capitalised words before a lowercase head a
 * name takes (data/rules/names.json `lowercaseHeads`) name a programme, an entity of its own,
 * never a topic.
 */
export function namedKind(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  return (
    words.length > 1 &&
    NAME_RULES.lowercaseHeads.includes(last) &&
    words.slice(0, -1).every((word) => /^\p{Lu}/u.test(word))
  );
}

/**
 * "the use of export controls" → "export controls": a head of `knownObjectHeads` before "of" and
 * an object the thesaurus knows, with nothing after it, leaves the object.
 */
export function knownObject(words: string[], known: (phrase: string) => boolean): string[] {
  if (!Q.knownObjectHeads.has(words[0]?.toLowerCase() ?? '') || words[1] !== 'of') return words;
  const object = words.slice(/^(?:the|a|an)$/.test(words[2] ?? '') ? 3 : 2);
  return object.length > 0 && known(object.join(' ')) ? object : words;
}
