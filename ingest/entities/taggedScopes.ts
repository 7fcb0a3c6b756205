/**
 * The sentences deriveTopics reads: the commitments of each sentence, and that sentence's words
 * tagged from its first stance on (one tagging pass for the whole document).
 */
import type { Commitment } from '../../contract/extraction';
import type { SegmentedSentence } from '../segment';
import { readFrom } from './commitmentScope';
import { type TaggedTerm, tagTexts } from './tagger';

export function taggedScopes(
  commitments: Commitment[],
  sentences: SegmentedSentence[],
): {
  bySentence: Map<string, Commitment[]>;
  termsBySentence: Map<SegmentedSentence, TaggedTerm[]>;
} {
  // Commitments by sentence (ids end in `:<sentence index>`), in their order.
  const bySentence = new Map<string, Commitment[]>();
  for (const commitment of commitments) {
    const index = commitment.sentenceId.slice(commitment.sentenceId.lastIndexOf(':') + 1);
    const list = bySentence.get(index);
    if (list) list.push(commitment);
    else bySentence.set(index, [commitment]);
  }
  const tagged = sentences.filter((sentence) => bySentence.has(String(sentence.index)));
  // One tagging pass for the document; each sentence is still tokenised on its own.
  const termsBySentence = new Map<SegmentedSentence, TaggedTerm[]>();
  const from = tagged.map((sentence) =>
    readFrom(sentence.text, bySentence.get(String(sentence.index))!),
  );
  tagTexts(
    tagged.map((sentence) => sentence.text),
    from,
  ).forEach((terms, i) => {
    termsBySentence.set(tagged[i]!, terms);
  });
  return { bySentence, termsBySentence };
}
