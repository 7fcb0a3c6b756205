/**
 * Meetings described in lowercase words (entities/meetingPhrases.ts): an Event when a modifier
 * names one particular meeting (its kind, a month, an acronym, or a rank with a named
 * complement); a description of the statement's own meeting is an alias of the meeting its title
 * names and is never what a clause is about (entities/meeting.ts ownMeetingMentions).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, events: string[], absent?: string[]];

const ROWS: Row[] = [
  [
    'On this historic occasion, the first-ever leader-level summit of the Quad, we pledge to strengthen our cooperation.',
    ['first-ever leader-level summit of the Quad'],
  ],
  [
    'At the leader level, we will hold an in-person summit by the end of 2021.',
    ['in-person summit'],
  ],
  [
    'The national security advisors look forward to the trilateral leaders’ summit to be hosted by President Biden.',
    ['trilateral leaders’ summit'],
  ],
  [
    'They planned for the upcoming trilateral summit in Washington.',
    ['upcoming trilateral summit in Washington'],
  ],
  [
    'The United States, Japan, and the ROK held their third national security advisors’ trilateral meeting since 2021.',
    ['third national security advisors’ trilateral meeting'],
  ],
  [
    'They reviewed the progress made since the May leaders’ summit and the first NCG meeting in July.',
    ['May leaders’ summit', 'first NCG meeting'],
  ],
  [
    'Allies convene for the second meeting of the NATO-Ukraine Council in Washington.',
    ['second meeting of the NATO-Ukraine Council'],
  ],
  [
    'We welcome the first meeting of the U.S.-France Comprehensive Dialogue on Space in Paris.',
    ['first meeting of the U.S.-France Comprehensive Dialogue on Space'],
  ],
  [
    'The two leaders will continue to work closely toward a successful summit and look forward to its first meeting.',
    [],
    ['successful summit', 'first meeting'],
  ],
  ['They noted the fourth such meeting and the upcoming visit of a U.S. submarine.', [], ['visit']],
];

describe('meetings described in lowercase', () => {
  it.each(ROWS)('%s', (sentence, events, absent = []) => {
    const entities = extractText('', sentence, 't').entities;
    for (const name of events)
      expect(entities.find((e) => e.name === name)?.type, name).toBe('Event');
    // A name in the complement stays an entity of its own.
    if (sentence.includes('on Space'))
      expect(entities.map((e) => e.name)).toContain('U.S.-France Comprehensive Dialogue on Space');
    const eventNames = entities.filter((e) => e.type === 'Event').map((e) => e.name);
    for (const name of absent) expect(eventNames.some((e) => e.includes(name))).toBe(false);
  });

  it("names the title's meeting by the meeting sentence's description, and keeps it out of about", () => {
    const extraction = extractText(
      'Readout of National Security Advisor Jake Sullivan’s Meeting with the National Security Advisors of Japan and the Republic of Korea',
      'National Security Advisor Jake Sullivan met with Secretary General Akiba Takeo of Japan for a trilateral national security advisors meeting. This was a historic trilateral meeting in which they discussed the threat posed by the DPRK.',
      't',
    );
    const events = extraction.entities.filter((e) => e.type === 'Event');
    expect(events).toHaveLength(1);
    expect(events[0]!.aliases).toEqual(
      expect.arrayContaining([
        'trilateral national security advisors meeting',
        'historic trilateral meeting',
      ]),
    );
    for (const commitment of extraction.commitments)
      expect(commitment.about).not.toContain(events[0]!.id);
  });
});
