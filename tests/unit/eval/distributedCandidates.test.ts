/**
 * Distributed candidates of the learnt topic selector (selector/distributed.ts): a modifier
 * coordinated before a shared head is offered with that head, claiming only its own words.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { topicCandidates } from '../../../ingest/topics/selector/candidates';

/** The distributed candidates of a whole sentence: name, evidence and claimed words. */
function distributed(sentence: string): [string, string, string][] {
  const [terms] = tagTexts([sentence]);
  const none = () => false;
  return topicCandidates(sentence, terms!, 0, sentence.length, none, [], undefined, () => true)
    .filter((c) => c.evidence)
    .map((c) => [
      c.text,
      sentence.slice(c.evidence!.start, c.evidence!.end),
      sentence.slice(c.start, c.end),
    ]);
}

describe('distributed topic candidates', () => {
  it.each([
    [
      'The ministers will pursue scientific, educational, and cultural exchanges.',
      ['scientific exchanges', 'educational exchanges'],
    ],
    ['Both sides will expand agricultural and industrial trade.', ['agricultural trade']],
    ['The partners will build port and rail infrastructure.', ['port infrastructure']],
    [
      'We will strengthen customs enforcement and border security cooperation.',
      ['customs enforcement cooperation'],
    ],
    [
      'They will deepen lasting economic, technological, and security ties.',
      ['economic ties', 'technological ties'],
    ],
  ])('%s', (sentence, names) => {
    const found = distributed(sentence).map(([name]) => name);
    expect(found).toEqual(expect.arrayContaining(names));
  });

  it('claims only the modifier, so conjuncts can be chosen together', () => {
    const sentence = 'We will pursue regional and global partnerships.';
    const [name, evidence, claimed] = distributed(sentence)[0]!;
    expect([name, evidence, claimed]).toEqual([
      'regional partnerships',
      'regional and global partnerships',
      'regional',
    ]);
  });

  it.each([
    // Qualities of one thing stay whole (attributeAdjectives, weakModifiers).
    'They seek a stable and prosperous region.',
    // A list of things of their own, no modifiers.
    'They will export wheat, corn, and soybean oil.',
    // "and other" closes the list with its kind.
    'They condemned terrorist and other violent acts.',
    // A head in Title Case is a piece of a name.
    'They will fund the Science and Technology Fund.',
  ])('offers none in "%s"', (sentence) => {
    expect(distributed(sentence)).toEqual([]);
  });
});
