/**
 * "Vice President Kamala Harris today joined leaders of …. She reaffirmed …" (gold 2023-09-06): with
 * no meeting verb and no stance in the opening sentence, its official subject is who a
 * sentence-initial "She" / "He" is; a pronoun inside a later sentence is not.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(title: string, body: string, sentence: string): string[][] {
  const result = extractText(title, body, 'opening');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => c.actors.map((id) => names.get(id) ?? id));
}

describe('the opening sentence’s official as "She"', () => {
  it('a sentence-initial "She" is the official who opened the readout', () => {
    const sentence =
      'She reaffirmed the U.S. commitment to strengthening our partnership with ASEAN.';
    const body = `Vice President Kamala Harris today joined leaders of the ASEAN member states for the annual U.S.-ASEAN Summit in Jakarta. ${sentence}`;
    expect(
      actorsOf('Readout of Vice President Harris’s Participation in the Summit', body, sentence),
    ).toEqual([['Kamala Harris']]);
  });

  it('a "he" inside a later sentence is not the opening official', () => {
    const sentence =
      'The President has prioritized foster children, and shortly, he will sign the new Executive Order.';
    const body = `First Lady Jill Biden organized a new initiative for foster children. ${sentence}`;
    const actors = actorsOf('First Lady Announces an Initiative', body, sentence).flat();
    expect(actors).not.toContain('Jill Biden');
  });
});
