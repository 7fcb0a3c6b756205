/**
 * Session 47 (onep47), one-party statements: a previewed trip's purpose of another stance is the
 * traveller's commitment of its own ("will visit X to discuss …", "will also travel to Ramallah to
 * meet with … to discuss …": purposePatterns.ts, meetingPurpose.ts), a purpose of the trip's own
 * stance stays folded; a commemorative purpose after an undertaking with its own object is a
 * `welcome` ("will lay a wreath … to honor …": undertakingPurpose.ts); and a later "Mr. X" keeps
 * the title X was introduced with, so a bare title subject still names X (officialAttributes.ts).
 * Sentences written in the genre's style, names and places invented or generic.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

interface Found {
  stance: string;
  trigger: string;
  actors: string[];
}

function commitmentsOf(title: string, body: string): Found[] {
  const result = extract({ ...memoryDocument(title, body), date: '2023-05-10' });
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments.map((commitment) => ({
    stance: commitment.stance,
    trigger: commitment.trigger,
    actors: commitment.actors.map((id) => names.get(id) ?? id).sort(),
  }));
}

const SPOKESPERSON =
  'Statement by NSC Spokesperson on National Security Advisor Jake Sullivan’s Travel';

describe('a previewed trip’s purpose', () => {
  it.each([
    [
      'a visit to discuss',
      'National Security Advisor Jake Sullivan will travel to Hawaii. After the meeting, Mr. Sullivan will visit the United States Indo-Pacific Command to discuss our alliances.',
      { stance: 'other', trigger: 'discuss', actors: ['Jake Sullivan'] },
    ],
    [
      'a trip to meet someone to discuss',
      'National Security Advisor Jake Sullivan will travel to Israel. Mr. Sullivan will also travel to Ramallah to meet with Palestinian Authority President Mahmoud Abbas to discuss ongoing efforts to strengthen ties.',
      { stance: 'other', trigger: 'discuss', actors: ['Jake Sullivan', 'Mahmoud Abbas'] },
    ],
    [
      'a trip to reiterate support, after "will first"',
      'National Security Advisor Jake Sullivan will first visit the West Bank to reiterate his strong support for a two-state solution.',
      { stance: 'reaffirm', trigger: 'reiterate his strong support', actors: ['Jake Sullivan'] },
    ],
  ])('%s is a stance of its own', (_label, body, expected) => {
    const found = commitmentsOf(SPOKESPERSON, body);
    expect(found).toContainEqual(expected);
    // The trip itself keeps its own commit ("will visit", or "will first" before "visit").
    expect(found.some((c) => c.stance === 'commit' && /^will /.test(c.trigger))).toBe(true);
  });

  it.each([
    [
      'a purpose of the trip’s own stance stays folded',
      'National Security Advisor Jake Sullivan will travel to Dulles International Airport to announce new shipments of formula.',
    ],
    [
      'an invited guest’s visit is no trip of the speaker’s',
      'National Security Advisor Jake Sullivan invited his counterpart to visit Washington in June to discuss the partnership.',
    ],
  ])('%s', (_label, body) => {
    const found = commitmentsOf(SPOKESPERSON, body);
    expect(found.filter((c) => c.trigger === 'announce' || c.trigger === 'discuss')).toEqual([]);
  });
});

describe('a commemorative purpose after an undertaking with its own object', () => {
  it.each([
    [
      'The First Lady will lay a wreath at the National Memorial to honor the lives lost on September 11th.',
      'Jill Biden',
    ],
    [
      'The President will deliver an address to celebrate the deep, historic ties that link our countries.',
      'Joe Biden',
    ],
  ])('%s', (body, actor) => {
    const found = commitmentsOf(
      'Statement by Press Secretary on the President’s Travel to Ireland',
      body,
    );
    expect(found.filter((c) => c.stance === 'welcome').map((c) => c.actors)).toEqual([[actor]]);
  });
});

describe('an honorific does not replace an official’s title', () => {
  const title =
    'Statement by NSC Spokesperson on National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Ana Lima of Senegal';
  const opening =
    'National Security Advisor Jake Sullivan met yesterday with Foreign Minister Ana Lima of Senegal. Mr. Sullivan affirmed the Administration’s commitment to partnering with Senegal.';
  it.each([
    [
      'The National Security Advisor and Foreign Minister discussed food security in Africa.',
      'other',
    ],
    ['The National Security Advisor and Foreign Minister agreed to deepen cooperation.', 'commit'],
  ])('%s', (sentence, stance) => {
    const found = commitmentsOf(title, `${opening} ${sentence}`);
    const paired = found.filter((c) => c.stance === stance && c.actors.length === 2);
    expect(paired.map((c) => c.actors)).toEqual([['Ana Lima', 'Jake Sullivan']]);
  });
});
