/**
 * Session 48 (events48): a title meeting held over days is named by them all, and a readout
 * titled by a standing body alone reports that body's meeting. Sentences and titles written in
 * the readouts' style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { meetingDay, meetingDays } from '../../../ingest/entities/meetingDay';
import { meetingInTitle } from '../../../ingest/entities/meetingInTitle';
import { lexicon } from '../../../ingest/lexicon';

describe('the days of a meeting held over several', () => {
  it.each([
    [
      'The Deputy Secretary met on March 4-5 with Foreign Minister Berg in Oslo.',
      '2024-03-06',
      '2024-03-04',
      5,
    ],
    ['On June 9–10, 2025, the delegations met in Lima.', '2025-06-12', '2025-06-09', 10],
    ['The two advisors met on May 3 and 4 in Vienna.', '2023-05-05', '2023-05-03', 4],
    ['The Working Group met on 14-15 October in Canberra.', '2022-10-17', '2022-10-14', 15],
  ])('%s (%s)', (sentence, statement, day, through) => {
    expect(meetingDays(sentence, statement)).toEqual({ day, through });
    expect(meetingDay(sentence, statement)).toBe(day);
  });

  it.each([
    ['The Secretary met on May 3 with the Prime Minister.', '2023-05-05', '2023-05-03'],
    // A number after "and" that is no later day is no range.
    ['The Council met on May 3 and 2 working groups reported.', '2023-05-05', '2023-05-03'],
  ])('one day: %s', (sentence, statement, day) => {
    expect(meetingDays(sentence, statement)).toEqual({ day });
  });
});

describe('a readout titled by a standing body', () => {
  it.each([
    [
      'Readout of U.S.-Norway Strategic Consultative Group',
      'Meeting of the U.S.-Norway Strategic Consultative Group',
    ],
    [
      'Readout of the Andean Water Security Task Force',
      'Meeting of the Andean Water Security Task Force',
    ],
    [
      'Joint Readout of U.S.-Peru Science and Technology Council',
      'Meeting of the U.S.-Peru Science and Technology Council',
    ],
  ])('%s', (title, name) => {
    expect(meetingInTitle(lexicon(), title)).toBe(name);
  });

  it.each([
    'Readout of President Joe Biden’s Call with the President of the European Commission',
    'Statement on the U.S.-Norway Strategic Consultative Group',
    'Readout of the Vice President’s Remarks to the Group',
  ])('names no body meeting in %s', (title) => {
    expect(meetingInTitle(lexicon(), title) ?? '').not.toMatch(/^Meeting of the /);
  });
});
