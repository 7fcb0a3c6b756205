/**
 * Session 41 (events41): a mention of a recurring summit is named by the edition the statement's
 * date and words mean (data/rules/event-series.json); the text's words stay its alias. Sentences
 * written in the readouts' style, with invented officials.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(body: string, date: string): { name: string; aliases: string[] }[] {
  return extract({ ...memoryDocument('Readout of a Call', body), date })
    .entities.filter((entity) => entity.type === 'Event')
    .map(({ name, aliases }) => ({ name, aliases }));
}

describe('the edition of a recurring summit', () => {
  it.each([
    // The next edition for a forward-looking mention, the place confirming it.
    [
      'The leaders look forward to the upcoming NATO Summit in Vilnius.',
      '2023-06-20',
      'NATO Vilnius Summit (2023)',
    ],
    // The edition under way on the statement's date.
    ['They met on the margins of the G7 Summit.', '2021-06-12', 'G7 Leaders’ Summit (June 2021)'],
    // A recalled one: the last before the statement.
    [
      'They recalled the commitments made at the G20 Summit.',
      '2022-12-01',
      'G20 Leaders’ Summit (Bali)',
    ],
    // An ordinal picks the numbered edition whatever the date.
    [
      'Minister Oduya joined the third U.S.-Nordics Summit meeting.',
      '2023-07-13',
      'Third U.S.-Nordics Summit (July 2023)',
    ],
    // "next" is the edition after the one under way, and outweighs the place it was planned for.
    [
      'We look forward to the next Quad Leaders’ Summit being held in India.',
      '2023-05-20',
      'Quad Leaders’ Summit (2024)',
    ],
    // A day the text gives picks the extraordinary edition of that day.
    [
      'Following the February 25 extraordinary NATO summit, the leaders spoke.',
      '2022-03-01',
      'Extraordinary NATO Summit (February 25, 2022)',
    ],
    // A year the text gives that no edition row holds is named by the series' year pattern.
    [
      'We commit to holding the next U.S. – Pacific Islands Forum Summit in 2025.',
      '2023-09-26',
      'U.S.-Pacific Islands Forum Summit (2025)',
    ],
    // "last fall" outweighs the sentence's "will".
    [
      'The President will travel after hosting the U.S.-Pacific Island Summit in Washington last fall.',
      '2023-05-09',
      'first U.S.-Pacific Islands Forum Summit (September 2022)',
    ],
  ])('%s (%s)', (body, date, name) => {
    expect(events(body, date).map((event) => event.name)).toContain(name);
  });

  it('keeps the words of the text as the alias', () => {
    const [summit] = events('They discussed the upcoming NATO Summit.', '2024-02-09');
    expect(summit).toEqual({ name: 'NATO Washington Summit', aliases: ['NATO Summit'] });
  });

  it.each([
    // Plural, indefinite and series-as-modifier mentions name no edition.
    ['The Partners attended the past three NATO Summits.', '2025-01-10'],
    ['Leaders reaffirmed the Summit for Democracy process.', '2023-03-29'],
    ['The leaders will work towards reviving the North American Leaders’ Summit.', '2021-02-23'],
    // No edition within a year of the statement.
    ['The Summit of the Americas showed the way.', '2025-06-01'],
  ])('names no edition: %s', (body, date) => {
    expect(events(body, date).map((event) => event.name)).not.toContainEqual(
      expect.stringMatching(/\(/),
    );
  });
});
