/**
 * "Russia’s continued aggression", "Russia’s brutal war": a named owner's possessive, then words
 * that only say how firmly or how badly (weakModifiers), then a head. `reduce` cuts at the
 * possessive, so the thesaurus concept the owner and head name together ("Russia's aggression")
 * would be lost; read without the weak words it is found, as the gold names it.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { POSSESSIVE } from './namedObject';

/** The phrase without the weak modifiers after its owner, when the thesaurus knows that. */
export function ownedConcept(
  words: string[],
  known: (phrase: string) => boolean,
): string | undefined {
  const owner = words.findIndex((word) => POSSESSIVE.test(word) && /^\p{Lu}/u.test(word));
  if (owner < 0) return undefined;
  let to = owner + 1;
  // "unjust and brutal": weak words and the conjunctions between them.
  while (
    to < words.length - 1 &&
    (Q.weakModifiers.has(words[to]!.toLowerCase()) || /^(?:and|,)$/.test(words[to]!))
  )
    to++;
  if (to === owner + 1) return undefined;
  const phrase = [...words.slice(0, owner + 1), ...words.slice(to)].join(' ');
  return known(phrase) ? phrase : undefined;
}
