/**
 * What compromise's own lexicon says a word can be, read where the tagger's reading of a word in
 * context is in doubt: a noun it tagged as a verb (topics/verbNouns.ts), a verb after "and" it
 * tagged as a noun (topics/chunkTerms.ts, stances.ts). One reader of the model for all of them.
 */
import nlp from 'compromise';

/** The slice of compromise's model read here (its types do not describe it). */
interface LexiconModel {
  model: { one: { lexicon: Record<string, unknown> }; two: { switches: Record<string, unknown> } };
}
const MODEL = (nlp.world() as unknown as LexiconModel).model;

/** The tag the lexicon lists the word under ("Singular", "Infinitive"…), if it knows the word. */
export function listedTag(word: string): unknown {
  return MODEL.one.lexicon[word];
}

/** The word's noun/verb switch ("Noun|Verb", "Plural|Verb"…), if it has one. */
export function switchOf(word: string): string | undefined {
  const switched = MODEL.two.switches[word];
  return typeof switched === 'string' ? switched : undefined;
}

/**
 * Whether the lexicon gives a word a verb reading ("work", "return": noun/verb switches; "engage":
 * a base form). Words it does not know ("faculty") have none.
 */
export function hasVerbReading(word: string): boolean {
  return listedTag(word) === 'Infinitive' || (switchOf(word)?.startsWith('Noun|Verb') ?? false);
}
