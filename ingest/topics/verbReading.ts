/**
 * Whether compromise's lexicon gives a word a verb reading ("work", "return": noun/verb
 * switches; "engage": a base form), read where the tagger's noun reading of a word after "and"
 * is in doubt. Words it does not know ("faculty") have none.
 */
import nlp from 'compromise';

/** The slice of compromise's model read here (its types do not describe it). */
interface LexiconModel {
  model: { one: { lexicon: Record<string, unknown> }; two: { switches: Record<string, unknown> } };
}
const MODEL = (nlp.world() as unknown as LexiconModel).model;

export function hasVerbReading(word: string): boolean {
  const switched = MODEL.two.switches[word];
  return (
    MODEL.one.lexicon[word] === 'Infinitive' ||
    (typeof switched === 'string' && switched.startsWith('Noun|Verb'))
  );
}
