/**
 * A titled official the body names by surname only ("President Tshisekedi") is named in full when
 * the document's title gives the full name ("… Meeting with President Felix Tshisekedi"): the
 * gold names people in full. Invented leaders, so no lexicon entry decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const officials = (title: string, body: string) =>
  extractText(title, body)
    .entities.filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name)
    .sort();

describe('surnames completed from the title', () => {
  it('names the official in full from the title', () => {
    expect(
      officials(
        'Readout of President Biden’s Meeting with President Arvo Kellanen of Finland',
        'President Biden met today with President Kellanen of Finland. The two leaders discussed energy security.',
      ),
    ).toEqual(['Arvo Kellanen', 'Joe Biden']);
  });

  it('leaves a surname that two officials of the title share alone', () => {
    expect(
      officials(
        'Readout of President Biden’s Meeting with President Arvo Kellanen and Prime Minister Mika Kellanen',
        'President Biden met today with President Kellanen. They discussed energy security.',
      ),
    ).toEqual(['Joe Biden', 'Kellanen']);
  });
});
