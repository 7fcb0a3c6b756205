/**
 * Session 40 (events40): the visits a readout or statement refers to, named as the gold names them
 * (CONVENTIONS 3.6: a recalled or planned visit is an `Event` named by who went where and when,
 * `President Biden's visit to Israel (July 2022)`). The release's own President and Vice President
 * go by office alone ("the President’s upcoming visit to the ROK"): the name gives the holder on the
 * statement's date. Sentences written in the readouts' style, places and dates invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(text: string, date: string, title = 'Readout of a Call') {
  return extract({ ...memoryDocument(title, text), date }).entities.filter(
    (entity) => entity.type === 'Event',
  );
}

const names = (text: string, date: string) => events(text, date).map((entity) => entity.name);

describe('a visit of the release’s own President or Vice President, named by holder', () => {
  it.each([
    [
      'Mr. Sullivan and Mr. Tanaka discussed the President’s upcoming visit to Japan.',
      '2022-05-12',
      'President Biden’s visit to Japan (May 2022)',
    ],
    [
      'They recalled the declaration signed during the President’s visit to Peru in November 2024.',
      '2025-01-10',
      'President Biden’s visit to Peru (November 2024)',
    ],
    [
      'Following up on the Vice President’s May 2022 trip to Ghana, the two leaders discussed trade.',
      '2023-01-17',
      'Vice President Harris’s visit to Ghana (May 2022)',
    ],
    [
      'They looked forward to the Vice President’s upcoming visit to Kenya.',
      '2025-03-04',
      'Vice President Vance’s visit to Kenya (March 2025)',
    ],
  ])('%s', (text, date, name) => {
    expect(names(text, date)).toContain(name);
  });

  it('leaves a named President’s possessive to the official it names', () => {
    const text = 'President Ruto thanked President Biden for the President’s visit to Nairobi.';
    expect(names(text, '2023-06-01').some((name) => name.startsWith('President Biden’s'))).toBe(
      false,
    );
  });
});

describe('how the text dates and words a visit', () => {
  it('reads a day or a span of days after the place as the month', () => {
    const text =
      'The leaders issued this declaration on the occasion of President Biden’s visit to Spain on June 28-30, 2022.';
    expect(names(text, '2022-06-28')).toContain('President Biden’s visit to Spain (June 2022)');
  });

  it('takes a possessive written with the apostrophe alone', () => {
    const text =
      'Space cooperation will be discussed further during Vice President Harris’ upcoming visit to Paris.';
    expect(names(text, '2021-10-29')).toContain(
      'Vice President Harris’s visit to Paris (October 2021)',
    );
  });

  it('names a trip a visit, the text’s words staying its alias', () => {
    const text = 'Following up on President Biden’s recent trip to Ghana, they discussed trade.';
    const found = events(text, '2022-08-23');
    const visit = found.find(
      (entity) => entity.name === 'President Biden’s visit to Ghana (August 2022)',
    );
    expect(visit?.aliases.join(' ')).toContain('trip to Ghana');
  });

  it('is one visit however often the text names it', () => {
    const text =
      'Mr. Sullivan discussed the President’s upcoming visit to the Republic of Korea (ROK). ' +
      'They also conferred on additional details about the President’s visit to the ROK.';
    const visits = names(text, '2022-05-12').filter((name) => name.includes('visit'));
    expect(visits).toEqual(['President Biden’s visit to the Republic of Korea (May 2022)']);
  });
});
