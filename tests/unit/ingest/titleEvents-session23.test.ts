/**
 * Session 23 (titleevents23): the occasion a readout's or joint statement's title names, as an
 * Event named as the title names it. Titles written in the genres' style, not copied from a gold
 * file.
 */
import { describe, expect, it } from 'vitest';
import { meetingInTitle } from '../../../ingest/entities/meetingInTitle';
import { tripInTitle } from '../../../ingest/entities/titleTrips';
import { lexicon } from '../../../ingest/lexicon';

const NARRATES = 'The Deputy Secretary traveled to Lima and met with senior officials.';

describe('the meeting a title names', () => {
  it.each([
    [
      'Readout of Deputy National Security Advisor Mira Lind’s Meetings with Foreign Minister Tomas Berg of Norway',
      'Deputy National Security Advisor Mira Lind’s Meetings with Foreign Minister Tomas Berg of Norway',
    ],
    [
      'Joint Statement from Chile, Peru and the United States following the Second Andean Trilateral Water Security Meeting',
      'Second Andean Trilateral Water Security Meeting',
    ],
    [
      'Joint Statement by President Joe Biden and Prime Minister Ana Costa Following Call',
      'Call between President Joe Biden and Prime Minister Ana Costa',
    ],
    [
      'Joint Statement on U.S.-Peru Energy and Minerals Meeting in Lima',
      'U.S.-Peru Energy and Minerals Meeting in Lima',
    ],
    // Session 25: a meeting named by its parties alone, with no venue.
    ['Joint Statement on United States-Chile Meeting', 'United States-Chile Meeting'],
    // Session 33: a press secretary's statement on the bilateral meeting its title names.
    [
      'Statement from Press Secretary Lena Ward on the Bilateral Meeting Between President Joe Biden and President Tomas Berg of Norway',
      'Bilateral Meeting Between President Joe Biden and President Tomas Berg of Norway',
    ],
    // Session 38: who gives the readout before "of", and a call named by its medium.
    [
      'Readout by NSC Spokesperson Lena Ward of National Security Advisor Mira Lind’s Meeting with Foreign Minister Tomas Berg of Norway',
      'National Security Advisor Mira Lind’s Meeting with Foreign Minister Tomas Berg of Norway',
    ],
    [
      'Statement by NSC Spokesperson on National Security Advisor Mira Lind’s Phone Call with Foreign Minister Tomas Berg of Norway',
      'National Security Advisor Mira Lind’s Phone Call with Foreign Minister Tomas Berg of Norway',
    ],
  ])('%s', (title, name) => {
    expect(meetingInTitle(lexicon(), title)).toBe(name);
  });

  it.each([
    'Readout of AUKUS Joint Working Group Meetings',
    'Joint Statement by the United States and Peru Following Consultations',
    'Joint Statement on the Anniversary of the Andean Leaders Meeting in Lima',
  ])('names none in %s', (title) => {
    expect(meetingInTitle(lexicon(), title)).toBeUndefined();
  });
});

describe('the trip a title names', () => {
  it('a readout of a visit or trip is the Event even when the body only narrates it', () => {
    expect(tripInTitle('Readout of Deputy Secretary Mara Holt’s Visit to Peru', NARRATES)).toBe(
      'Deputy Secretary Mara Holt’s Visit to Peru',
    );
    expect(tripInTitle('Readout of Deputy Secretary Mara Holt’s Trip to Peru', NARRATES)).toBe(
      'Deputy Secretary Mara Holt’s Trip to Peru',
    );
  });

  it('a readout of travel that only narrates it names none', () => {
    expect(
      tripInTitle('Readout of Deputy Secretary Mara Holt’s Travel to Peru', NARRATES),
    ).toBeUndefined();
  });

  // Session 33: a one-party statement on a trip or visit its title names previews or reports it.
  it.each([
    [
      'Statement by NSC Spokesperson Lena Ward on Senior Administration Travel to Peru',
      'Senior Administration Travel to Peru',
    ],
    [
      'Statement from Press Secretary Lena Ward on the Visit of President Tomas Berg of Norway to the White House',
      'Visit of President Tomas Berg of Norway to the White House',
    ],
    [
      'Statement from Press Secretary Lena Ward on President Biden’s Historic Travel to Fiji',
      'President Biden’s Historic Travel to Fiji',
    ],
    // A bare trip is the speaker's own.
    [
      'Statement from President Joe Biden on Travel to Lima, Peru',
      'President Joe Biden’s Travel to Lima, Peru',
    ],
    // Session 38: an "of" in the traveller's title, a "for" inside a body's name.
    [
      'Statement by President Joe Biden on Secretary of State Mara Holt’s Visit to South America',
      'Secretary of State Mara Holt’s Visit to South America',
    ],
    [
      'Statement from Press Secretary Lena Ward on the Visit of Tomas Berg, Chairman of the Council for Regional Development',
      'Visit of Tomas Berg, Chairman of the Council for Regional Development',
    ],
  ])('a statement on a trip its title names: %s', (title, name) => {
    expect(tripInTitle(title, NARRATES)).toBe(name);
  });

  it('a trip for a named meeting is that meeting, no trip', () => {
    expect(
      tripInTitle(
        'Statement from Press Secretary Lena Ward on President Biden’s Travel to Lima for the Andean Leaders Summit',
        NARRATES,
      ),
    ).toBeUndefined();
  });

  it('senior administration travel referred back to is the Event', () => {
    expect(
      tripInTitle(
        'Readout of Senior Administration Travel to Peru and Chile',
        'This visit to Chile closed the delegation’s tour.',
      ),
    ).toBe('Senior Administration Travel to Peru and Chile');
  });
});
