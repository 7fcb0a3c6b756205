import { describe, expect, it } from 'vitest';
import { LIST_EDGE, normalise } from '../../../ingest/normalise';
import { markdownToText } from '../../../ingest/read/markdown';
import { segment } from '../../../ingest/segment';

const sentencesOf = (markdown: string): string[] =>
  segment(normalise(markdownToText(markdown))).sentences.map((s) => s.text);

describe('list items are never one sentence a page break cut', () => {
  it.each([
    {
      shape: 'items ending in a comma before a lowercase item',
      markdown:
        'They will act across five pillars, by:\n\n-   ensuring leadership in critical\n    technologies,  \n-   advancing cooperation on supply chains,  \n-   building the clean energy economy of the future, and  \n-   further strengthening our alliance.',
      sentences: [
        'They will act across five pillars, by:',
        'ensuring leadership in critical technologies,',
        'advancing cooperation on supply chains,',
        'building the clean energy economy of the future, and',
        'further strengthening our alliance.',
      ],
    },
    {
      shape: 'an item closed by "; and" before a lowercase item, in lists split by a comment',
      markdown:
        'We commit to:\n\n-   working with industry to set standards; and\n\n<!-- -->\n\n-   engaging additional partner governments.',
      sentences: [
        'We commit to:',
        'working with industry to set standards; and',
        'engaging additional partner governments.',
      ],
    },
    {
      shape: 'a plain paragraph cut before a lowercase word, still rejoined',
      markdown: 'We will strengthen our\n\ncooperation on energy.\n\n-   one item.',
      sentences: ['We will strengthen our cooperation on energy.', 'one item.'],
    },
    {
      shape: 'the paragraph after a list finishing its last item, still rejoined',
      markdown:
        'We will:\n\n-   build ties; and\n-   deliver our goal through the Partnership (PGII)\n\nas outlined in the annex.',
      sentences: [
        'We will:',
        'build ties; and',
        'deliver our goal through the Partnership (PGII) as outlined in the annex.',
      ],
    },
    {
      shape: 'one item of two paragraphs cut inside its sentence, still rejoined',
      markdown: '-   We will strengthen our\n\n    cooperation on energy.\n-   A second item.',
      sentences: ['We will strengthen our cooperation on energy.', 'A second item.'],
    },
  ])('$shape', ({ markdown, sentences }) => {
    expect(sentencesOf(markdown)).toEqual(sentences);
  });

  it('writes the edge only between paragraphs, and normalise leaves none in the text', () => {
    const text = markdownToText('-   first item,\n-   second item.');
    expect(text).toBe(`first item,${LIST_EDGE}second item.`);
    expect(normalise(text)).toBe('first item,\n\nsecond item.');
    expect(markdownToText('-   only item.')).toBe('only item.');
  });

  it.each([
    {
      shape: 'a bold label before a lowercase item is its heading',
      markdown:
        'They will cooperate on:\n\n-   **Pandemic preparedness:** exploring joint\n    ventures.\n-   **Trusted tech ecosystems**: exchange information.',
      sentences: ['They will cooperate on:', 'exploring joint ventures.', 'exchange information.'],
      headings: ['Pandemic preparedness', 'Trusted tech ecosystems'],
    },
    {
      shape: 'a bold clause that runs on stays the subject of its sentence',
      markdown: '-   **We are taking steps to:** strengthen our alliance.',
      sentences: ['We are taking steps to: strengthen our alliance.'],
      headings: [],
    },
    {
      shape: 'a bold figure stays with what it measures',
      markdown: '-   **$160 billion:** how much is evaded each year.',
      sentences: ['$160 billion: how much is evaded each year.'],
      headings: [],
    },
    {
      shape: 'outside a list, a bold lead-in before lowercase words stays',
      markdown: '**Pandemic preparedness:** exploring joint ventures.',
      sentences: ['Pandemic preparedness: exploring joint ventures.'],
      headings: [],
    },
  ])('$shape', ({ markdown, sentences, headings }) => {
    const { sentences: found, paragraphs } = segment(normalise(markdownToText(markdown)));
    expect(found.map((s) => s.text)).toEqual(sentences);
    expect(paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(headings);
  });
});
