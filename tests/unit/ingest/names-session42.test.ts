/**
 * Session 42 (names42): the pair a spaced en dash writes after the United States ("the U.S. –
 * Vietnam Comprehensive Strategic Partnership" is the pair's, not Vietnam's), a plan's years
 * after a spaced dash, a Contact Group as the group of states it is, the Turkish parliament by its
 * own name, and the meetings the gold names by edition (Major Economies Forum, TTC ministerials,
 * CRI gatherings, Pacific Islands Forum leaders' meetings, APEC host years, a bare G7 or G20 as
 * the venue). Sentences written for the test in the readouts' style; each row failed before.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const ROWS: NameRow[] = [
  [
    'The leaders welcomed the U.S. – Vietnam Comprehensive Strategic Partnership.',
    [
      ['U.S.-Vietnam Comprehensive Strategic Partnership', 'Instrument'],
      ['Vietnam', 'Country'],
    ],
    ['Vietnam Comprehensive Strategic Partnership'],
  ],
  [
    'Officials met at the U.S. – PRC Counternarcotics Working Group in June.',
    [['U.S.-PRC Counternarcotics Working Group', 'Program']],
    ['PRC Counternarcotics Working Group'],
  ],
  // Written without the last stop of "U.S.".
  [
    'They launched the U.S – Angola Energy Security Dialogue.',
    [['U.S.-Angola Energy Security Dialogue', 'Program']],
    ['Angola Energy Security Dialogue'],
  ],
  // A bilateral forum so written is the two governments' mechanism, as with a hyphen.
  ['The ministers convened the U.S. – India CEO Forum.', [['U.S.-India CEO Forum', 'Program']]],
  // No country opens the name: the dash parts two parties, and the Forum stays itself.
  [
    'The Secretary attended the U.S. – Pacific Islands Forum Dialogue Partners session.',
    [['Pacific Islands Forum', 'Organization']],
    ['U.S.-Pacific Islands Forum Dialogue Partners'],
  ],
  [
    'Secretary Austin convened the Ukraine Defense Contact Group in Brussels.',
    [['Ukraine Defense Contact Group', 'Organization']],
  ],
  [
    'President Erdoğan said he would send the protocol to the Turkish parliament.',
    [['Grand National Assembly of Türkiye', 'Organization']],
  ],
  // A plan's years written with a spaced dash end its name; an em dash inside a known title.
  [
    'The leaders welcomed the Pacific Aid for Trade Strategy 2020 – 2025.',
    [['Pacific Aid for Trade Strategy 2020 – 2025', 'Instrument']],
    ['Pacific Aid for Trade Strategy 2020'],
  ],
  [
    'They acted in line with the U.S.-led Roadmap for Global Food Security — Call to Action.',
    [['Roadmap for Global Food Security — Call to Action', 'Instrument']],
    ['Roadmap for Global Food Security'],
  ],
];

describe('names read in session 42', () => {
  itFindsNames('Joint Statement', ROWS);
});

function events(body: string, date: string): string[] {
  return extract({ ...memoryDocument('Readout of a Call', body), date })
    .entities.filter((entity) => entity.type === 'Event')
    .map((entity) => entity.name);
}

describe('editions of the meeting series added in session 42', () => {
  it.each([
    // The edition just held, for a backward-looking mention; a Forum head does not make it the body.
    [
      'The leaders welcomed Saudi Arabia’s participation at the recent Major Economies Forum on Energy and Climate.',
      '2022-07-15',
      'Major Economies Forum on Energy and Climate (June 2022)',
    ],
    // A place picks the edition held there.
    [
      'Since the TTC ministerial meeting in Paris-Saclay, the partners have passed new laws.',
      '2022-12-05',
      'TTC meeting in Paris-Saclay (May 16, 2022)',
    ],
    // "next" is the edition after the statement's.
    [
      'Prior to the next TTC co-chairs meeting, the partners plan to compile data.',
      '2022-12-05',
      'Fourth TTC Ministerial (2023)',
    ],
    // An ordinal picks the numbered edition.
    [
      'Members met in Washington for the third convening of the CRI.',
      '2023-11-01',
      'Third convening of the International Counter Ransomware Initiative (2023)',
    ],
    [
      'Members built on the commitments made at the Third CRI Gathering in 2023.',
      '2024-10-02',
      'Third convening of the International Counter Ransomware Initiative (2023)',
    ],
    [
      'We will align our work with the upcoming Pacific Islands Forum Leaders meeting in Suva, Fiji.',
      '2022-06-24',
      'Pacific Islands Forum Leaders Meeting in Suva (2022)',
    ],
    // A body hosted for a year is that year's meetings: the statement's year, or the next.
    [
      'President Biden looks forward to seeing the President again when he hosts APEC in San Francisco later this year.',
      '2023-09-11',
      'APEC 2023',
    ],
    [
      'The leaders look forward to the President’s hosting of APEC next year.',
      '2022-11-13',
      'APEC 2023',
    ],
    [
      'The Secretary welcomed the United States’ role as host of this year’s APEC forum.',
      '2023-09-11',
      'APEC 2023',
    ],
    [
      'The President congratulated the President for Peru’s successful APEC host year.',
      '2024-11-15',
      'APEC 2024',
    ],
    [
      'The Vice President noted that the United States will build on it during our 2023 APEC Host Year.',
      '2022-11-19',
      'APEC 2023',
    ],
    // A grouping named bare as the venue is its summit: the nearest edition, or the one placed.
    [
      'The leaders welcomed the historic announcement made at the G20 to develop the corridor.',
      '2023-09-20',
      'G-20 Leaders’ Summit (New Delhi)',
    ],
    [
      'They met on the margins of the PGII event at the G20 in India.',
      '2023-09-09',
      'G-20 Leaders’ Summit (New Delhi)',
    ],
    [
      'It is part of the pledge the President made at the G7 earlier this year.',
      '2021-10-14',
      'G7 Leaders’ Summit (June 2021)',
    ],
  ])('%s', (sentence, date, name) => {
    expect(events(sentence, date)).toContain(name);
  });

  // A host word with no year, or a body the gold keeps as its host's Organization, names no meeting.
  it.each([
    ['The President thanked Japan for its leadership as host of APEC.', '2023-09-11'],
    ['The leaders welcomed Brazil’s G20 host year and its leadership.', '2024-11-18'],
    // The grouping itself, or a modifier of what it holds: no summit.
    ['The G20 welcomed the plan, and the ministers met at the G20 level.', '2023-09-20'],
    ['The Prime Minister spoke at the G7’s invitation.', '2021-06-12'],
  ])('names no meeting in "%s"', (sentence, date) => {
    expect(events(sentence, date)).toEqual([]);
  });

  // A plural names no edition.
  it('leaves "the upcoming TTC meetings" unnamed', () => {
    expect(
      events('We commit to finalize an agreement for the upcoming TTC meetings.', '2023-10-20'),
    ).toEqual([]);
  });
});
