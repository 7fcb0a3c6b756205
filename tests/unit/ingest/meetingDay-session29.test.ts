/**
 * Session 29 (events29): the title meeting is named by its own day, as the sentence saying who met
 * gives it. Sentences written in the readouts' style.
 */
import { describe, expect, it } from 'vitest';
import { meetingDay } from '../../../ingest/entities/meetingDay';

describe('the day of the meeting a statement reports', () => {
  it.each([
    [
      'On March 3, 2025, the two National Security Advisors convened a meeting in Rome.',
      '2025-03-05',
      '2025-03-03',
    ],
    [
      'The Council met for the fourth time on April 9, 2024, in Brussels.',
      '2024-04-10',
      '2024-04-09',
    ],
    ['On 12 May the delegations met at the Department of State.', '2023-05-13', '2023-05-12'],
    // A date without its year well after the statement is last year's.
    ['On December 30, the two advisors met in Seoul.', '2024-01-02', '2023-12-30'],
    ['The Deputy Secretary met yesterday with Foreign Minister Lind.', '2024-03-01', '2024-02-29'],
    // A Thursday readout of a Monday meeting; a Thursday preview of a Monday meeting.
    ['The Secretary met on Monday with the Prime Minister.', '2024-06-13', '2024-06-10'],
    ['The President will meet on Monday with the Prime Minister.', '2024-06-13', '2024-06-17'],
    // Session 33: a weekday before the date; the date says which one.
    [
      'The President looks forward to welcoming the Chancellor on Friday, March 8, 2024.',
      '2024-02-28',
      '2024-03-08',
    ],
  ])('%s (%s)', (sentence, statement, day) => {
    expect(meetingDay(sentence, statement)).toBe(day);
  });

  it('leaves the statement date when the sentence gives no day', () => {
    expect(
      meetingDay('The President met today with the Chancellor.', '2024-06-13'),
    ).toBeUndefined();
  });
});
