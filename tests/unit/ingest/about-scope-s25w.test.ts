/**
 * What a clause is about, narrowed where the gold conventions put an item outside `about`: a
 * region named only by its adjective ("North American markets", the FOIP rule), the city where
 * officials reconvene, an opening that cites where the stance was said before ("As reaffirmed by …,",
 * "Finally, building on …,"), and a later sentence's pointer to the speakers' own undertaking
 * ("build on these efforts"), which names the undertaking and not what it was about.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function run(title: string, body: string) {
  const result = extractText(title, body, 'about-s25w');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const named = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => names.get(id) ?? id);
  return result.commitments.map((c) => ({
    text: c.text,
    about: named(c.about),
    implicit: named(c.implicitAbout),
  }));
}

function about(title: string, sentence: string): string[] {
  const found = run(title, sentence).find((c) => c.text === sentence);
  expect(found, `no commitment for: ${sentence}`).toBeDefined();
  return found!.about;
}

const TITLE = 'Joint Statement of the United States and Mexico';

describe('about scope (session 25 W)', () => {
  it('leaves out a region named only by its adjective', () => {
    const found = about(
      TITLE,
      'The United States and Mexico will work together to protect the North American auto parts market from unfair trade practices.',
    );
    expect(found).not.toContain('North America');
  });

  it('keeps a region named as a noun', () => {
    const found = about(
      TITLE,
      'The United States and Mexico will expand energy cooperation with partners across North America.',
    );
    expect(found).toContain('North America');
  });

  it('leaves out the city where officials reconvene', () => {
    const found = about(
      TITLE,
      'The United States and Mexico will reconvene in Nairobi next month to review progress on food security.',
    );
    expect(found).not.toContain('Nairobi');
  });

  it('leaves out an opening that cites where the stance was said before', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'As reaffirmed by Australia and India, the United States and Japan will expand their support for Ukraine.',
    );
    expect(found).toContain('Ukraine');
    expect(found).not.toContain('Australia');
    expect(found).not.toContain('India');
  });

  it('leaves out a background opening after a sentence adverb', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'Finally, building on the Paris Agreement, the United States and Japan agreed to expand cooperation on clean energy.',
    );
    expect(found).not.toContain('Paris Agreement');
  });

  it('carries nothing from an earlier sentence to "these efforts"', () => {
    const commitments = run(
      'Joint Statement of the United States and Japan',
      'The United States and Japan agreed to expand cooperation on semiconductors with the Republic of Korea. The two leaders will build on these efforts in the coming year.',
    );
    const later = commitments.find((c) => c.text.startsWith('The two leaders'));
    expect(later).toBeDefined();
    expect(later!.implicit).not.toContain('Republic of Korea');
  });
});
