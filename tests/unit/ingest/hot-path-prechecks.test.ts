/**
 * Work skipped where it cannot find anything (session 39, speed): the shared-modifier reader reads
 * only up to a range's last "and", the modifier-list readers stop at the range's end, a dated
 * meeting is looked for only in a sentence with a month, a list of bodies only where two commas
 * and a known Organization stand, a verb series from the run of lowercase words before its first
 * "and"/"or", a disaster only in a statement that names a kind of one, a hyphenated pair of names
 * only as the last word before a topic, a country's "side"/"government"/"delegation" read from the
 * end of the words before the verb. Each case sits at the edge of its skip: a bound one word too
 * tight, or a precheck that asks for too much, loses it.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from '../../../ingest/commitments/sideSubject';
import { datedMeetings } from '../../../ingest/entities/datedMeetings';
import { listedBodies } from '../../../ingest/entities/listedBodies';
import type { Candidate } from '../../../ingest/entities/matchLexicon';
import { tagTexts } from '../../../ingest/entities/tagger';
import { lexicon as loadLexicon } from '../../../ingest/lexicon';
import { modifierLists, orModifiers } from '../../../ingest/topics/modifierList';
import { sharedModifiers } from '../../../ingest/topics/sharedModifier';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { verbSeries } from '../../../ingest/topics/verbSeries';
import type { EntityHit } from '../../../ingest/types';
import { aboutOf } from '../../support/readoutTopics';

const known = (phrase: string) => conceptFor(loadLexicon(), phrase) !== undefined;
const termsOf = (text: string) => tagTexts([text])[0]!;

describe('sharedModifiers: read up to the range’s last "and"', () => {
  const text = 'They will deepen inter-Korean dialogue, engagement, and cooperation.';
  const terms = termsOf(text);

  it('finds the coordination that the last "and" closes', () => {
    const found = sharedModifiers(terms, 0, text.length, known);
    expect(found.map((f) => f.names)).toEqual([
      ['inter-Korean engagement', 'inter-Korean cooperation'],
    ]);
  });

  it('finds nothing in a range that ends before its "and"', () => {
    expect(sharedModifiers(terms, 0, text.indexOf(' and'), known)).toEqual([]);
  });
});

describe('modifierLists and orModifiers: nothing opens past the range', () => {
  const text =
    'To deepen political, economic, and security cooperation, they will ban forced or compulsory labor.';
  const terms = termsOf(text);
  const comma = text.indexOf(', they');

  it('reads an opening clause’s range up to its comma', () => {
    const found = modifierLists(terms, 0, comma, text, known);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'political, economic, and security cooperation',
    ]);
  });

  it('reads a list closing exactly at the range end, and none after it', () => {
    const at = text.indexOf('forced');
    const end = text.indexOf('labor') + 'labor'.length;
    expect(orModifiers(terms, at, end, known).map((f) => f.names)).toEqual([['forced labor']]);
    expect(orModifiers(terms, 0, comma, known)).toEqual([]);
  });
});

describe('datedMeetings: only a sentence with a month', () => {
  it.each([
    [
      'The Task Force will report as determined by the two Presidents at their meeting on 10 March 2023.',
      'meeting on 10 March 2023',
    ],
    ['They recalled their April 2022 bilateral meeting in Bali.', 'bilateral meeting in Bali'],
  ])('%s', (text, surface) => {
    expect(datedMeetings(text, 0).map((c) => c.text)).toEqual([surface]);
  });

  it('finds none without a month', () => {
    expect(datedMeetings('They recalled their meeting on Tuesday in Bali.', 0)).toEqual([]);
  });
});

describe('listedBodies: two commas and a known Organization', () => {
  const text =
    'With support from Accenture, Blackstone, Boeing, Google, and Western Digital, the program grows.';
  const at = (name: string) => text.indexOf(name);
  const org = (name: string): Candidate => ({
    entityId: `org:${name}`,
    type: 'Organization',
    start: at(name),
    end: at(name) + name.length,
    text: name,
    source: 'lexicon',
  });

  it('types the unknown items of a list holding a known body', () => {
    const found = listedBodies(text, 0, [org('Boeing')]).map((c) => c.text);
    expect(found).toEqual(['Accenture', 'Blackstone', 'Google', 'Western Digital']);
  });

  it('adds nothing without a known Organization', () => {
    expect(listedBodies(text, 0, [{ ...org('Boeing'), type: 'Program' }])).toEqual([]);
  });
});

describe('verbSeries: scanned from the lowercase run before the first "and"/"or"', () => {
  it.each([
    ['prevent, prepare for, and respond to future pandemics.', 0],
    ['The leaders will prevent, prepare for, and respond to future pandemics.', 17],
  ])('%s', (text, at) => {
    const found = verbSeries(text, termsOf(text), 0, text.length, known);
    expect(found.map((f) => [f.start, f.names.length])).toEqual([[at, 3]]);
  });
});

describe('headOfPair: the pair is the word right before the topic', () => {
  it.each([
    [
      'They discussed ways to strengthen U.S.-China bilateral relations.',
      'U.S.-China bilateral relations',
    ],
    ['They welcomed progress in U.S.-India defense cooperation.', 'U.S.-India defense cooperation'],
  ])('%s', (sentence, topic) => {
    expect(aboutOf(sentence)).toEqual([[topic]]);
  });
});

describe('sideOf: the side word read from the end, the spaces before it included', () => {
  const country = (text: string, name: string): EntityHit => ({
    entityId: `country:${name}`,
    type: 'Country',
    start: 100 + text.indexOf(name),
    end: 100 + text.indexOf(name) + name.length,
    text: name,
  });
  it.each([
    ['the Chinese side', ['Chinese'], 4],
    // The country ends where the run of spaces starts, not at the last space.
    ['the Chinese  side', ['Chinese'], 4],
    ['the Russian and Chinese sides', ['Russian', 'Chinese'], 4],
    ['the Danish and Dutch Governments', ['Danish', 'Dutch'], 4],
  ])('%s', (text, names, start) => {
    const hits = names.map((name) => country(text, name));
    expect(sideOf(hits, 100, text)).toEqual({
      actors: names.map((name) => `country:${name}`),
      start,
      end: text.length,
    });
  });
  it.each([
    ['the Chinese-side', 'Chinese'],
    ['the Chinese sideline', 'Chinese'],
    ['the Chinese side ', 'Chinese'],
  ])('%s: no side word at the end', (text, name) => {
    expect(sideOf([country(text, name)], 100, text)).toBeUndefined();
  });
});
