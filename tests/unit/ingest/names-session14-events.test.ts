/**
 * Session 14 (names52): meetings described in lowercase that are the title's meeting or another
 * dated meeting (entities/meeting.ts titleWordsIn, entities/datedMeetings.ts), and "… Day" names
 * that are people, not observances (entities/nameHeads.ts titledPerson). Sentences written in the
 * archive's style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const events = (title: string, body: string) =>
  extractText(title, body, 't').entities.filter((e) => e.type === 'Event');

describe("a lowercase description that repeats the title's meeting", () => {
  it('is that meeting, without the venue after it', () => {
    const found = events(
      'Statement from the Press Secretary on the Upcoming Trilateral Leaders Summit of the United States, Japan, and the Republic of Korea',
      'President Biden will host the two leaders for a trilateral leaders summit at Camp David on August 18.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.aliases).toContain('trilateral leaders summit');
    const places = extractText(
      'Statement on the Upcoming Trilateral Leaders Summit of the United States, Japan, and the Republic of Korea',
      'President Biden will host the two leaders for a trilateral leaders summit at Camp David on August 18.',
      't',
    ).entities.filter((e) => e.type === 'Region');
    expect(places.map((e) => e.name)).toContain('Camp David');
  });

  it('is another meeting when its words are not all the title’s', () => {
    const found = events(
      'Statement on the Upcoming Trilateral Leaders Summit of the United States, Japan, and the Republic of Korea',
      'The leaders look forward to the next trilateral summit in Seoul.',
    );
    expect(found.map((e) => e.name)).toContain('next trilateral summit in Seoul');
  });
});

type Row = [sentence: string, name: string | undefined, alias?: string];

const DATED: Row[] = [
  [
    'Sullivan spoke today with his counterpart to prepare for the President’s meeting on January 21 with Prime Minister Kishida.',
    'President’s meeting on January 21',
    'President’s meeting',
  ],
  [
    'The Task Force will report as determined by the two Presidents at their meeting on 10 March 2023.',
    'meeting on 10 March 2023',
  ],
  [
    'Building on their last meeting in November 2022 in Bali, the leaders will discuss trade.',
    'last meeting in November 2022',
  ],
  // A kind among the modifiers already names it (meetingPhrases): no dated second name.
  [
    'Following our virtual meeting on 3 March 2022, we announce a new mechanism.',
    'virtual meeting',
  ],
  // No date, no meeting of this rule; a "call on" a party is no call.
  ['They discussed their meeting and its outcomes.', undefined],
  ['The President’s call on Congress in May was clear.', undefined],
];

describe('an owned meeting with a date after it', () => {
  it.each(DATED)('%s', (sentence, name, alias = name) => {
    const found = events('', sentence);
    if (name === undefined) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((e) => e.name)).toEqual([name]);
    expect(found[0]!.aliases).toContain(alias);
  });
});

describe('a "… Day" name after a title and a given name is a person', () => {
  it.each([
    ['The delegation included District Commander RADM Michael Day and other officials.'],
    ['Attendees included State Representative Michael Day and others.'],
  ])('%s', (sentence) => {
    const entities = extractText('', sentence, 't').entities;
    expect(entities.filter((e) => e.type === 'Event')).toEqual([]);
    expect(entities.some((e) => e.type === 'Official' && e.name.endsWith('Michael Day'))).toBe(
      true,
    );
  });

  it('keeps observances named after a person', () => {
    const names = events('', 'Today we mark Susan B. Anthony Day, King Day and Earth Day.').map(
      (e) => e.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Susan B. Anthony Day', 'Earth Day']));
  });
});

describe('"alliance(s) between" two parties names their alliance', () => {
  const organizations = (sentence: string) =>
    extractText('', sentence, 't')
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name);

  it('one alliance per pair, the United States first, the countries kept', () => {
    const sentence =
      'The leaders will reaffirm the ironclad alliances between the United States and Japan, and the United States and the Republic of Korea.';
    expect(organizations(sentence)).toEqual(
      expect.arrayContaining(['U.S.-Japan Alliance', 'U.S.-ROK Alliance']),
    );
    const countries = extractText('', sentence, 't')
      .entities.filter((e) => e.type === 'Country')
      .map((e) => e.name);
    expect(countries).toContain('Japan');
    expect(
      organizations(
        'It deepened the bedrock Alliance between the Philippines and the United States.',
      ),
    ).toContain('U.S.-Philippines Alliance');
  });

  it('needs two named parties', () => {
    expect(organizations('They discussed the alliance between our two nations.')).toEqual([]);
  });
});

describe('a meeting between two named officials', () => {
  it('is an Event, and both officials stay in about', () => {
    const extraction = extractText(
      '',
      'They discussed measures to follow up on the successful summit between President Biden and President Yoon.',
      't',
    );
    const event = extraction.entities.find((e) => e.type === 'Event');
    // How the text rates it is no part of the name (events54); its wording stays an alias.
    expect(event?.name).toBe('summit between President Biden and President Yoon');
    expect(event?.aliases).toContain(
      'successful summit between President Biden and President Yoon',
    );
    const officials = extraction.entities.filter((e) => e.type === 'Official').map((e) => e.id);
    const about = extraction.commitments.flatMap((c) => c.about);
    expect(about).toEqual(expect.arrayContaining([event!.id, ...officials]));
  });

  it('names none after "a"', () => {
    const found = events(
      '',
      'They will maintain communication, including through a call between President Biden and President Xi.',
    );
    expect(found).toEqual([]);
  });
});
