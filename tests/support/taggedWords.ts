/** Hand-tagged words of a sentence (offsets found in order), for the word tests of `Words`. */
import type { TaggedTerm } from '../../ingest/entities/tagger';
import { Words } from '../../ingest/topics/selector/words';

export function taggedWords(sentence: string, spec: readonly [string, string][]): Words {
  let at = 0;
  const terms: TaggedTerm[] = spec.map(([text, post]) => {
    const start = sentence.indexOf(text, at);
    at = start + text.length;
    return { text, post, tags: new Set(['Noun']), start, end: at };
  });
  return new Words(sentence, terms, []);
}
