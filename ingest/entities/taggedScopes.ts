/**
 * The sentences deriveTopics reads: the commitments of each sentence, and that sentence's words
 * tagged from its first stance on (one tagging pass for the whole document).
 */
import type { Commitment } from '../../contract/extraction';
import type { SegmentedSentence } from '../segment';
import { retagVerbModifiers } from '../topics/verbModifiers';
import { retagVerbNouns } from '../topics/verbNouns';
import { commitmentsBySentence, readFrom } from './commitmentScope';
import { type TaggedTerm, tagTexts } from './tagger';

export function taggedScopes(
  commitments: Commitment[],
  sentences: SegmentedSentence[],
): {
  bySentence: Map<number, Commitment[]>;
  termsBySentence: Map<SegmentedSentence, TaggedTerm[]>;
} {
  const bySentence = commitmentsBySentence(commitments);
  const tagged = sentences.filter((sentence) => bySentence.has(sentence.index));
  // One tagging pass for the document; each sentence is still tokenised on its own.
  const termsBySentence = new Map<SegmentedSentence, TaggedTerm[]>();
  const from = tagged.map((sentence) => readFrom(sentence.text, bySentence.get(sentence.index)!));
  tagTexts(
    tagged.map((sentence) => sentence.text),
    from,
  ).forEach((terms, i) => {
    // "welcomed commercial deals with India": nouns the tagger read as verbs, retagged before any
    // topic rule or the selector reads the words.
    retagVerbNouns(terms);
    // "human smuggling organizations", "through blended finance": modifiers read as verbs.
    retagVerbModifiers(terms);
    termsBySentence.set(tagged[i]!, terms);
  });
  return { bySentence, termsBySentence };
}
