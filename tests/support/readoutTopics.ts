/**
 * Topic names of the commitments of one sentence set in a readout (the topic tests' genre): the
 * readout's opening names who met, so "They" resolves and the sentence is read as a clause of
 * theirs.
 */
import { extractText } from './extractText';

const KISHIDA = {
  title: 'Readout of President Biden’s Call with Prime Minister Kishida of Japan',
  opening: 'President Joe Biden spoke with Prime Minister Kishida Fumio of Japan today.',
};

/** The topic names of each commitment `sentence` yields, in order. */
export function aboutOf(sentence: string, readout = KISHIDA): string[][] {
  const result = extractText(readout.title, `${readout.opening}\n\n${sentence}`, 'readout');
  const topics = new Map(
    result.entities.filter((e) => e.type === 'Topic').map((e) => [e.id, e.name]),
  );
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => c.about.flatMap((id) => topics.get(id) ?? []));
}
