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
    {
      shape: 'a bold label inside its link, colon and all, is the bullet’s heading',
      markdown:
        '-   [**Establishment of a New\n    Council**:](https://example.org/a)\n    The President issued an order.',
      sentences: ['The President issued an order.'],
      headings: ['Establishment of a New Council'],
    },
    {
      shape: 'a bold label in a link, its colon after the link, is the bullet’s heading',
      markdown:
        '-   [**African Democratic Transitions (ADAPT)**](https://example.org/b):\n    President Biden announced the initiative.',
      sentences: ['President Biden announced the initiative.'],
      headings: ['African Democratic Transitions (ADAPT)'],
    },
    {
      shape: 'bold runs closed and reopened with spaces between are one label',
      markdown:
        '-   **Memorandum between the** **United States and the\n    AfCFTA:** The parties signed it.\n-   **The** [**Initiative on Digital Transformation**](https://example.org/c) **(DTA)**: At the Forum, he launched it.',
      sentences: ['The parties signed it.', 'At the Forum, he launched it.'],
      headings: [
        'Memorandum between the United States and the AfCFTA',
        'The Initiative on Digital Transformation (DTA)',
      ],
    },
    {
      shape: 'a bold label ends at its colon, the bold headline after it is its own',
      markdown: '**The Times: **[**Biden Announces Money**](https://example.org/d)',
      sentences: [],
      headings: ['The Times', 'Biden Announces Money'],
    },
    {
      shape: 'a bold lead-in after a hard break heads its own paragraph',
      markdown:
        'They launch talks on pillars.  \n\u00A0  \n**Trade:** We seek fair trade.  \n**  \nSupply Chains:** We are committed to resilience.',
      sentences: [
        'They launch talks on pillars.',
        'We seek fair trade.',
        'We are committed to resilience.',
      ],
      headings: ['Trade', 'Supply Chains'],
    },
    {
      shape: 'a bold line alone after a hard break stays the lead-in of the lines below',
      markdown:
        'They met.  \n**Speakers:**  \nState Senator Jenn McClellan  \nDelegate Sally Hudson  \nDelegate Candi King',
      sentences: [
        'They met.',
        'Speakers:',
        'State Senator Jenn McClellan',
        'Delegate Sally Hudson',
        'Delegate Candi King',
      ],
      headings: [],
    },
    {
      shape: 'a colon after a word that needs its object stays inside the item’s one sentence',
      markdown:
        '-   Recognising the role of technologies including, but\n    not limited to: EVs, batteries, and heat pumps.\n-   Promote best practices to boost trade: We intend to work with farmers.',
      sentences: [
        'Recognising the role of technologies including, but not limited to: EVs, batteries, and heat pumps.',
        'Promote best practices to boost trade:',
        'We intend to work with farmers.',
      ],
      headings: [],
    },
  ])('$shape', ({ markdown, sentences, headings }) => {
    const { sentences: found, paragraphs } = segment(normalise(markdownToText(markdown)));
    expect(found.map((s) => s.text)).toEqual(sentences);
    expect(paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(headings);
  });
});
