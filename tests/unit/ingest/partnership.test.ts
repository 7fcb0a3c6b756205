/**
 * The document's strategic partnership: "our partnership", "our close partnership" name it when
 * the statement names the parties' own strategic partnership; a partnership in a field or with
 * others, or a statement with no partnership of its own, leaves them unlinked.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const TITLE = 'United States–Aotearoa New Zealand Joint Statement';

function aboutOf(body: string, sentence: string): string[] {
  const result = extractText(TITLE, body, 'partnership');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return commitment!.about.map((id) => names.get(id) ?? id);
}

const NAMED =
  'The leaders reaffirmed the strategic partnership between the United States and New Zealand.';

describe('strategic partnership', () => {
  it('links “our close partnership” to the statement’s strategic partnership', () => {
    const sentence = 'We will sustain our close partnership to ensure prosperity.';
    expect(aboutOf(`${NAMED} ${sentence}`, sentence)).toContain('strategic partnership');
  });

  it('leaves a partnership with others, and a statement naming none of its own, unlinked', () => {
    const others = 'We will enhance our partnership with African countries on education.';
    expect(aboutOf(`${NAMED} ${others}`, others)).not.toContain('strategic partnership');
    const spirit =
      'We engage Pacific countries in a spirit of equitable and strategic partnership.';
    const sentence = 'We will sustain our close partnership to ensure prosperity.';
    expect(aboutOf(`${spirit} ${sentence}`, sentence)).not.toContain('strategic partnership');
  });
});
