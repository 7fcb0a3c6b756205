/**
 * People named by full name with no title (branch names49, ingest/entities/fullNamePeople.ts):
 * detainees, victims and private people the gold declares as Officials, and the capitalised
 * phrases that only look like a given name and a surname.
 * Table-driven: body → exactly the officials found.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, officials: string[]][] = [
  // A list of detainees: one item's given name is in no list, the list says a person.
  [
    'Three citizens are finally coming home: Paul Whelan, Evan Gershkovich, Alsu Kurmasheva, and Vladimir Kara-Murza.',
    ['Alsu Kurmasheva', 'Evan Gershkovich', 'Paul Whelan', 'Vladimir Kara-Murza'],
  ],
  [
    'We welcome the release of Michael Kovrig and Michael Spavor.',
    ['Michael Kovrig', 'Michael Spavor'],
  ],
  // "that" opening a clause is no determiner of a thing.
  ['Records show that Edmundo González Urrutia won the most votes.', ['Edmundo González Urrutia']],
  // Given names of the gendered list, beyond English.
  ['They met Chirag Parikh and Talal Dakalbab in Nairobi.', ['Chirag Parikh', 'Talal Dakalbab']],
  // A surname the document's titled official ends in is that official, not a second person.
  [
    'Secretary Antony Blinken met the minister. Antony Blinken also met students.',
    ['Antony Blinken'],
  ],
  // An article before: a ship, a probe, a building.
  ['The Harriet Lane sailed on Monday.', []],
  // Quoted: an exercise's or a programme's name.
  ['The leaders welcomed the forthcoming “Tiger Triumph” exercise.', []],
  // A last word of a common-noun word class: a firm, not a person.
  ['Formula from Abbott Nutrition and Meta Platforms arrived.', []],
  // A capitalised word after: a longer name.
  ['They toured the labs of Lawrence Berkeley National Laboratory.', []],
  // English words that the given-name list holds ("Law", "Hope", "May", "Free").
  ['The leaders discussed law and Law Enforcement cooperation.', []],
  ['May God bless our troops.', []],
  // A word the text writes in lower case elsewhere is that word, not a surname.
  ['They discussed the Gordon Rule and the rule of law.', []],
];

function officials(body: string): string[] {
  return extractText('Statement', body, 'names-full-name-people')
    .entities.filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('people named by full name without a title', () => {
  it.each(ROWS)('%s', (body, expected) => {
    expect(officials(body).sort()).toEqual([...expected].sort());
  });
});
