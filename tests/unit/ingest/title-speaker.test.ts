/**
 * A statement whose title names its speaker ("Statement from NSC Spokesperson … on …") is that
 * official's, even when the body never names them: the official is an entity representing the
 * office's country. Officials after "on" are the subject matter, not the speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function run(title: string, body: string) {
  return extractText(title, body, 'title-speaker');
}

describe('speaker named only in the title', () => {
  it('adds the official and the country the office speaks for', () => {
    const result = run(
      'Statement from NSC Spokesperson Maria Lindqvist on North Korea’s Satellite Launch',
      'The United States condemns the launch, which violates multiple UN Security Council resolutions.',
    );
    const official = result.entities.find((entity) => entity.name === 'Maria Lindqvist');
    expect(official?.type).toBe('Official');
    expect(official?.attributes?.title).toMatch(/Spokesperson/);
    const usa = result.entities.find((entity) => entity.name === 'United States');
    expect(result.relations).toContainEqual(
      expect.objectContaining({ type: 'REPRESENTS', from: official?.id, to: usa?.id }),
    );
  });

  it('leaves out an official the title names as its subject matter', () => {
    const result = run(
      'Statement from the Press Secretary on the Visit of Foreign Minister Pedro Alvarenga',
      'The United States welcomes the visit and the deepening of our partnership.',
    );
    expect(result.entities.map((entity) => entity.name)).not.toContain('Pedro Alvarenga');
  });

  it('stops a title-cased speaker at the occasion word, and the speaker’s country signs', () => {
    for (const occasion of ['Ahead of', 'Marking', 'Following', 'Before']) {
      const result = run(
        `Statement from President Joe Biden ${occasion} the Anniversary of Russia’s Assault Against Ukraine`,
        'Today, I am announcing new sanctions against Russia. We stand with Ukraine.',
      );
      const names = result.entities.map((entity) => entity.name);
      expect(names).toContain('Joe Biden');
      expect(names.filter((name) => /Biden \w/.test(name))).toEqual([]);
      const usa = result.entities.find((entity) => entity.name === 'United States');
      const signed = result.relations.filter((relation) => relation.type === 'SIGNED');
      expect(signed.map((relation) => relation.from)).toEqual([usa?.id]);
    }
  });

  it('gives a person the lexicon lists without a title no REPRESENTS', () => {
    const result = run(
      'Statement from President Joe Biden on the Death of Alexei Navalny',
      'I am imposing sanctions for the death of Alexei Navalny, an anti-corruption activist.',
    );
    const navalny = result.entities.find((entity) => entity.name === 'Alexei Navalny');
    expect(navalny?.type).toBe('Official');
    expect(navalny?.attributes?.title).toBeUndefined();
    expect(
      result.relations.filter((r) => r.type === 'REPRESENTS' && r.from === navalny?.id),
    ).toEqual([]);
  });

  it('reads "Statement of …" and a lowercase-titled "on" the same way', () => {
    const result = run(
      'Statement of NSC Spokesperson Maria Lindqvist on the Vote Condemning the Launch',
      'The United States welcomes the vote.',
    );
    expect(result.entities.map((entity) => entity.name)).toContain('Maria Lindqvist');
  });
});
