/**
 * Modifiers the tagger reads as verbs, retagged from their context before the topic pass reads
 * the words (topics/verbModifiers.ts): a gerund of `gerundHeads` between a singular noun and a noun, and an -ed form before a noun after a preposition. Where a verb
 * reading is left (an object after a preposition's gerund, a subject's past tense) they stay verbs.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { chunks } from '../../../ingest/topics/chunks';
import {
  isGerundModifier,
  isParticipleAfterPreposition,
  retagVerbModifiers,
} from '../../../ingest/topics/verbModifiers';

/** The words of `sentence` the rules retag as modifiers. */
function retagged(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  return terms
    .filter(
      (_, k) => k > 0 && (isGerundModifier(terms, k) || isParticipleAfterPreposition(terms, k)),
    )
    .map((t) => t.text);
}

describe('verb-tagged modifiers', () => {
  it.each([
    ['The partners will dismantle human smuggling organizations in the region.', ['smuggling']],
    ['They will launch new information sharing platforms for member states.', ['sharing']],
    ['We will support the drug trafficking investigations of our partners.', ['trafficking']],
    ['We will mobilize private capital through blended finance and guarantees.', ['blended']],
    ['We will ban imports of goods produced by forced labor.', ['forced']],
  ])('%s', (sentence, expected) => {
    expect(retagged(sentence)).toEqual(expected);
  });

  it.each([
    // after a preposition a gerund may take its object
    'They will disrupt networks by smuggling weapons across the border.',
    // after a plural a gerund may be its verb
    'We thank the partners sharing data with us.',
    // after "and" a gerund may be a verb of the list
    'We are improving governance and building capacity in the region.',
    // a subject's past tense
    'The committee discussed regional issues.',
    // "at elevated risk" says how much, not what
    'The program reaches people at elevated risk of infection.',
  ])('keeps the verb: %s', (sentence) => {
    expect(retagged(sentence)).toEqual([]);
  });

  it('lets the noun chunk take the modifier', () => {
    const sentence = 'We will mobilize private capital through blended finance.';
    const terms = tagTexts([sentence])[0]!;
    retagVerbModifiers(terms);
    const texts = chunks(terms, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toContain('blended finance');
  });
});
