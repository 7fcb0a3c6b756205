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
    // How the text times it is no part of the name (events54); its wording stays an alias.
    'They planned for the upcoming trilateral summit in Washington.',
    ['trilateral summit in Washington'],
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
  [
    'We commend the progress made since the first C5+1 ministerial meeting in 2015.',
    ['first C5+1 ministerial meeting'],
  ],
  [
    'Mr. Sullivan and Mr. Hanegbi held a virtual quadrilateral meeting with their counterparts.',
    [],
    ['quadrilateral meeting'],
  ],
  [
    'He also invited the Prime Minister for an official state visit at a time to be agreed by the teams.',
    [],
    ['state visit'],
  ],
];

/** Title, body, the Events expected (name → aliases it must have); no other Event. */
type TitleRow = [title: string, body: string, events: Record<string, string[]>];

const TITLE_ROWS: TitleRow[] = [
  [
    'Readout of President Biden’s Call with Prime Minister Boris Johnson of the United Kingdom',
    'President Biden spoke with Prime Minister Johnson. They also discussed plans for the G7 virtual leaders’ meeting tomorrow.',
    {
      'President Biden’s Call with Prime Minister Boris Johnson of the United Kingdom': [],
      'G7 virtual leaders’ meeting': [],
    },
  ],
  [
    'Statement from Press Secretary Karine Jean-Pierre on the Visit of Prime Minister Benjamin Netanyahu to the White House',
    'President Biden will welcome Prime Minister Netanyahu to the White House. Following the leaders’ meeting, they will meet together with the families of Americans held hostage by Hamas.',
    { 'Visit of Prime Minister Benjamin Netanyahu to the White House': ['leaders’ meeting'] },
  ],
  [
    'Statement from White House Press Secretary Karine Jean-Pierre on the Visit of Prime Minister Keir Starmer of the United Kingdom',
    'President Biden looks forward to welcoming Prime Minister Starmer to Washington for their bilateral meeting.',
    { 'Visit of Prime Minister Keir Starmer of the United Kingdom': ['bilateral meeting'] },
  ],
  [
    'Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Call with Stephen Lovegrove',
    'Mr. Sullivan spoke with Stephen Lovegrove. Mr. Sullivan welcomed the virtual leaders’ summit later this week.',
    {
      'National Security Advisor Jake Sullivan’s Call with Stephen Lovegrove': [],
      'virtual leaders’ summit': [],
    },
  ],
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

  it.each(TITLE_ROWS)('%s', (title, body, events) => {
    const found = extractText(title, body, 't').entities.filter((e) => e.type === 'Event');
    expect(found.map((e) => e.name.replace(/ \(.*\)$/, '')).sort()).toEqual(
      Object.keys(events).sort(),
    );
    for (const [name, aliases] of Object.entries(events)) {
      const event = found.find((e) => e.name.startsWith(name));
      expect(event?.aliases, name).toEqual(expect.arrayContaining(aliases));
    }
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
