/**
 * Session 22: "participants" of a joint body's meeting are the parties when the parties are all
 * who met (gold 2021-12-17), the body itself where others co-chair (gold 2023-07-27); and a
 * party's stance nouns in the perfect ("has made commitments on", "have finalized commitments
 * to", "have reached agreement on") are its undertakings, as the trade statements have them.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitmentsOf(
  title: string,
  body: string,
  sentence: string,
): { stance: string; actors: string[] }[] {
  const result = extractText(title, body, 'body');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => ({ stance: c.stance, actors: c.actors.map((id) => names.get(id) ?? id).sort() }));
}

describe('participants of a joint body’s meeting', () => {
  it('are the parties that held it when no one else is named', () => {
    const sentence = 'Participants committed to completing a joint work plan by next spring.';
    const body = `Japan, Australia and the United States held the first meeting of the Trilateral Joint Coordination Committee in Tokyo. ${sentence}`;
    expect(
      commitmentsOf(
        'Readout of the Trilateral Joint Coordination Committee Meeting',
        body,
        sentence,
      ),
    ).toEqual([{ stance: 'commit', actors: ['Australia', 'Japan', 'United States'] }]);
  });
});

describe('a party’s stance nouns in the perfect', () => {
  const title = 'Joint Statement on the United States-Chile Agreement on Reciprocal Trade';
  it.each([
    ['Chile has made commitments on eliminating duties on U.S. dairy products.', ['Chile']],
    [
      'The United States and Chile have finalized commitments to address barriers to digital trade.',
      ['Chile', 'United States'],
    ],
    [
      'The United States and Chile have reached agreement on an Agreement on Reciprocal Trade.',
      ['Chile', 'United States'],
    ],
  ])('%s', (sentence, actors) => {
    expect(commitmentsOf(title, sentence, sentence)).toEqual([{ stance: 'commit', actors }]);
  });

  it('an ability is no undertaking', () => {
    const sentence = 'Private partners can make commitments to expand access to training.';
    expect(commitmentsOf(title, sentence, sentence)).toEqual([]);
  });
});
