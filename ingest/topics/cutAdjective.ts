/**
 * A phrase that opens in lowercase and ends in a nationality or religion adjective ("purchase of
 * Australian", "custodian of Muslim", "waters of the Philippine") was cut before the adjective's
 * noun: a fragment, no topic (the gold names no topic ending so). The adjectives are the states'
 * demonyms of data/lexicon/countries.json, the religions' of topic-quality.json's
 * religionAdjectives, and any capitalised word with a demonym's ending (-an, -ese, -ish, -i), which
 * also covers the demonyms the lexicon leaves out as names of places ("Georgian", "Palestinian").
 */
import { COUNTRIES } from '../rules/countries';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

const DEMONYM_ENDING = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:an|ese|ish|i)$/;
const LOWER_START = /^[a-zß-öø-ɏḀ-ỿ]/;

/**
 * The last word of every demonym ("North Korean" → "Korean"), less the plurals ("Americans" where
 * "American" is listed): a plural demonym is a noun and ends a topic ("wrongfully detained
 * Americans").
 */
const ADJECTIVES: ReadonlySet<string> = (() => {
  const words = new Set<string>(Q.religionAdjectives);
  for (const state of [
    ...Object.values(COUNTRIES.countries),
    ...Object.values(COUNTRIES.historical),
  ])
    for (const demonym of state.demonyms ?? []) words.add(demonym.split(' ').pop()!);
  for (const word of words)
    if (word.endsWith('s') && words.has(word.slice(0, -1))) words.delete(word);
  return words;
})();

/** Whether `words` open in lowercase and end in a nationality or religion adjective. */
export function endsAtAdjective(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return LOWER_START.test(words[0] ?? '') && (ADJECTIVES.has(last) || DEMONYM_ENDING.test(last));
}
